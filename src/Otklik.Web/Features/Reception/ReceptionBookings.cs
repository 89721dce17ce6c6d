using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Features.Portal;
using Otklik.Web.Features.Shared;
using Otklik.Web.Features.Surveys;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Reception;

public sealed record ClosedVisit(Booking Booking, string? SurveyToHandOut);

public sealed record BookingInput(
    string? Name, string? Phone, string? Email, string? Topic, string? RemindBy, bool RemindDayBefore,
    bool RemindTwoHoursBefore, string? AccessibilityNeeds, IReadOnlyList<string>? Needs = null);

public static class BookingSources
{
    public const string Portal = "portal";
    public const string Phone = "phone";
    public const string Hotline = "hotline";

    // Leadership is booked by phone and on the portal, other staff on the portal and through the hotline (R32.1).
    public static bool Allowed(ReceptionSlot slot, string source) =>
        source == Portal || source == (slot.IsLeadership ? Phone : Hotline);

    public static string Title(string source) => source switch
    {
        Portal => "портал",
        Phone => "телефон приёмной",
        Hotline => "горячая линия",
        _ => source,
    };
}

// Booking, cancelling and closing a visit (R32.1, R32.2, R33, R38). A slot goes to one client only: the
// booking claims it with a conditional update inside the booking's transaction. Reminders are written with
// the booking, one row per kind and channel, so each is delivered once however many nodes run.
public sealed class ReceptionBookings(
    OtklikDbContext db, AuditLog audit, TimeProvider time, CalendarCache calendar, NoticeTemplateStore templates,
    SurveyService surveys, StaffMailbox mailbox, IOptions<WorkingHoursOptions> hours,
    IOptions<MinistryOptions> ministry, IOptions<SurveyOptions> portal, IOptions<ReceptionOptions> options)
{
    public async Task<Result<Booking>> BookAsync(int slotId, BookingInput input, string source)
    {
        var slot = await db.ReceptionSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == slotId);
        if (slot is null || slot.IsWithdrawn || slot.StartsAt <= time.GetUtcNow())
        {
            return Errors.NotFound("reception.slot_not_found", "Это время приёма недоступно. Выберите другое.");
        }

        if (!BookingSources.Allowed(slot, source))
        {
            return Errors.Validation("reception.source", slot.IsLeadership
                ? "К руководству министерства записывают по телефону приёмной и на портале."
                : "К специалистам записывают на портале и через горячую линию.");
        }

        if ((Invalid(input) ?? await TooManyAsync(slot, input.Phone!)) is { } invalid)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var booking = New(slot, input, source);
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        var claimed = await db.ReceptionSlots
            .Where(s => s.Id == slotId && s.BookingId == null && !s.IsWithdrawn)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BookingId, booking.Id));
        if (claimed == 0)
        {
            return Errors.Conflict("reception.slot_taken", "Это время только что заняли. Выберите другое.");
        }

        await AddNoticesAsync(slot, booking);
        await AskForLoopAsync(slot, booking);
        audit.Record("reception.booked", nameof(Booking), booking.Id, new { slotId, source, booking.RemindBy });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return booking;
    }

    // The client cancels with his code and the phone he gave (R33); staff cancel for him on his call.
    public async Task<Result<Booking>> CancelAsync(string? code, string? phone, string via)
    {
        var key = code?.Trim().ToUpperInvariant() ?? "";
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Code == key);
        if (booking is null || !PhoneNumbers.Same(booking.Phone, phone))
        {
            return Errors.NotFound("reception.booking_not_found",
                "Запись не найдена. Проверьте код из подтверждения и телефон, указанный при записи.");
        }

        return await CancelAsync(booking, via);
    }

    // Staff cancel on the client's call, or because the host cannot receive; in the second case the client
    // is told by e-mail or, without one, by a call task.
    public async Task<Result<Booking>> CancelByStaffAsync(int id, string via, bool hostAway = false)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id);
        if (booking is null)
        {
            return Errors.NotFound("reception.booking_not_found", "Запись не найдена.");
        }

        return await CancelAsync(booking, via, hostAway);
    }

    public async Task<Result<ClosedVisit>> CloseVisitAsync(int id, bool attended, ClaimsPrincipal user, int? me)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id);
        var slot = booking is null
            ? null
            : await db.ReceptionSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId);
        if (booking is null || slot is null
            || (slot.HostId != me && !user.IsInRole(Organisation.StaffRoles.Administrator)))
        {
            return Errors.NotFound("reception.booking_not_found", "Запись не найдена.");
        }

        // A visitor may come a little early; nobody has missed a visit before its time.
        var earliest = attended ? slot.StartsAt.AddMinutes(-30) : slot.StartsAt;
        if (booking.State != BookingState.Booked || time.GetUtcNow() < earliest)
        {
            return Errors.Conflict("reception.visit_not_due",
                "Отметить визит можно не раньше чем за полчаса до приёма, пока запись не отменена.");
        }

        booking.State = attended ? BookingState.Attended : BookingState.Missed;
        booking.Revision++;
        var handOut = attended ? await AddSurveyAsync(slot, booking) : null;

        audit.Record(attended ? "reception.attended" : "reception.missed", nameof(Booking), booking.Id);
        try
        {
            await db.SaveChangesAsync();
            return new ClosedVisit(booking, handOut);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.Conflict("reception.stale", "Запись только что изменилась. Обновите страницу.");
        }
    }

    // A host who cannot receive withdraws the slot in the same update that frees it, so nobody books it in
    // between, and the client's notice commits with the cancellation.
    private async Task<Result<Booking>> CancelAsync(Booking booking, string via, bool hostAway = false)
    {
        if (booking.State != BookingState.Booked)
        {
            return Errors.Conflict("reception.not_active", "Эта запись уже отменена или приём состоялся.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        (booking.State, booking.CancelledAt, booking.CancelledVia) = (BookingState.Cancelled, time.GetUtcNow(), via);
        booking.Revision++;
        audit.Record("reception.cancelled", nameof(Booking), booking.Id, new { via });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.Conflict("reception.stale", "Запись только что изменилась. Обновите страницу.");
        }

        // The slot is free again (or withdrawn), and the reminders still waiting are not sent.
        await db.ReceptionSlots.Where(s => s.Id == booking.SlotId && s.BookingId == booking.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BookingId, (int?)null)
                .SetProperty(x => x.IsWithdrawn, x => x.IsWithdrawn || hostAway));
        await db.BookingNotices.Where(n => n.BookingId == booking.Id && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Failed)
                .SetProperty(x => x.LastError, "Запись отменена."));
        if (hostAway)
        {
            await TellCancelledAsync(booking);
        }

        await transaction.CommitAsync();
        return booking;
    }

    // One person holds one visit to a host and two in all: enough for real needs, too few to book a
    // schedule out from one phone.
    private async Task<Error?> TooManyAsync(ReceptionSlot slot, string phone)
    {
        var pattern = PhoneNumbers.Pattern(PhoneNumbers.Key(phone)!);
        var now = time.GetUtcNow();
        var active = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Booked && EF.Functions.Like(b.Phone, pattern))
            .Join(db.ReceptionSlots.Where(s => s.StartsAt > now), b => b.SlotId, s => s.Id,
                (b, s) => new { b.Phone, s.HostId })
            .ToListAsync();
        var mine = active.Where(a => PhoneNumbers.Same(a.Phone, phone)).ToList();
        // One message for both limits: it names no official, so a stranger's number tells nothing.
        return mine.Any(a => a.HostId == slot.HostId) || mine.Count >= MaxActivePerPhone
            ? Errors.Conflict("reception.too_many",
                "С этого телефона записаться больше нельзя: есть действующие записи. Чтобы выбрать другое " +
                "время, отмените прежнюю запись по её коду.")
            : null;
    }

    public const int MaxActivePerPhone = 2;

    private Booking New(ReceptionSlot slot, BookingInput input, string source) => new()
    {
        SlotId = slot.Id,
        Code = NewCode(),
        Name = input.Name!.Trim(),
        Phone = input.Phone!.Trim(),
        Email = Clean(input.Email),
        Topic = input.Topic!.Trim(),
        Source = source,
        RemindBy = Clean(input.RemindBy),
        RemindDayBefore = input.RemindDayBefore && Clean(input.RemindBy) is not null,
        RemindTwoHoursBefore = input.RemindTwoHoursBefore && Clean(input.RemindBy) is not null,
        AccessibilityNeeds = Clean(input.AccessibilityNeeds),
        Needs = [.. (input.Needs ?? []).Where(VisitorNeeds.All.ContainsKey).Distinct()],
        State = BookingState.Booked,
        CreatedAt = time.GetUtcNow(),
    };

    private async Task AddNoticesAsync(ReceptionSlot slot, Booking booking)
    {
        await templates.RefreshAsync(db);
        var values = await ValuesAsync(slot, booking);
        var now = time.GetUtcNow();
        if (booking.Email is not null)
        {
            Add(booking, "confirmed", "email", now, NoticeKinds.BookingConfirmed, values);
        }

        if (booking.RemindBy is not { } channel)
        {
            return;
        }

        var dayBefore = await DayBeforeAsync(slot.StartsAt);
        if (booking.RemindDayBefore && dayBefore > now)
        {
            Add(booking, "day-before", channel, dayBefore, NoticeKinds.BookingReminder, values);
        }

        var twoHours = slot.StartsAt.AddHours(-2);
        if (channel == "phone")
        {
            // Staff call only in working hours: an early visit is recalled at opening time the same morning.
            var working = new WorkingHours(await calendar.GetAsync(), hours.Value);
            twoHours = working.IsWithinWorkingHours(twoHours)
                ? twoHours
                : working.NextWorkingMoment(twoHours).ToUniversalTime();
        }

        if (booking.RemindTwoHoursBefore && twoHours > now && twoHours < slot.StartsAt)
        {
            Add(booking, "two-hours", channel, twoHours, NoticeKinds.BookingReminder, values);
        }
    }

    // The loop is kept by one department (room 512 in the regulation): its head is asked to bring it.
    private async Task AskForLoopAsync(ReceptionSlot slot, Booking booking)
    {
        if (!booking.Needs.Contains(VisitorNeeds.Loop))
        {
            return;
        }

        var keeper = await db.Departments.Where(d => d.Name == options.Value.LoopKeeperDepartment)
            .Select(d => d.HeadId).FirstOrDefaultAsync();
        var values = await ValuesAsync(slot, booking);
        foreach (var employee in new[] { keeper, slot.HostId }.OfType<int>().Distinct())
        {
            mailbox.Queue(employee, "индукционная система на приём",
                $"Посетителю нужна индукционная система: {values["дата"]} в {values["время"]}, кабинет " +
                $"{values["кабинет"]}. Принесите её к началу приёма.", "/reception/desk");
        }
    }

    private async Task TellCancelledAsync(Booking booking)
    {
        var slot = await db.ReceptionSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId);
        var values = await ValuesAsync(slot, booking);
        var text = $"Здравствуйте, {booking.Name}! Приём {values["дата"]} в {values["время"]} не состоится: " +
            "сотрудник не сможет вас принять. Запишитесь, пожалуйста, на другое время на портале или по " +
            "телефону горячей линии. Приносим извинения.";
        db.BookingNotices.Add(new BookingNotice
        {
            BookingId = booking.Id,
            Kind = "cancelled",
            Channel = booking.Email is null ? "phone" : "email",
            DueAt = time.GetUtcNow(),
            Subject = "Приём отменён",
            Body = text,
            State = NoticeState.Pending,
        });
        await db.SaveChangesAsync();
    }

    // Ten characters of an alphabet without look-alikes: about 50 bits, too many to guess through the
    // portal's rate limit.
    private static string NewCode()
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var bytes = RandomNumberGenerator.GetBytes(10);
        return string.Create(10, bytes, (span, b) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[b[i] % alphabet.Length];
            }
        });
    }

    // "A day before" is the working day before the visit, at opening time: a phone reminder is a call staff
    // make in working hours, and a Monday visit is best recalled on Friday.
    private async Task<DateTimeOffset> DayBeforeAsync(DateTimeOffset startsAt)
    {
        var production = await calendar.GetAsync();
        var zone = TimeZones.Find(hours.Value.TimeZone);
        var visitDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, zone).DateTime);
        var day = production.AddWorkingDays(visitDay, -1);
        return TimeZones.Instant(day, new WorkingHours(production, hours.Value).HoursOn(day).Start, zone);
    }

    private void Add(Booking booking, string kind, string channel, DateTimeOffset due, NoticeKind template,
        IReadOnlyDictionary<string, string> values, string? subjectOverride = null)
    {
        var (subject, body) = templates.Render(template, values);
        subject = subjectOverride ?? subject;
        db.BookingNotices.Add(new BookingNotice
        {
            BookingId = booking.Id,
            Kind = kind,
            Channel = channel,
            DueAt = due,
            Subject = subject,
            Body = body,
            State = NoticeState.Pending,
        });
    }

    // The survey goes by e-mail; a visitor without one gets the link from the host on paper (R38), so the
    // link is returned for the host to hand out.
    private async Task<string?> AddSurveyAsync(ReceptionSlot slot, Booking booking)
    {
        var department = await db.Employees.Where(e => e.Id == slot.HostId).Select(e => e.DepartmentId)
            .FirstOrDefaultAsync();
        if (booking.Email is null)
        {
            return surveys.Create(Touchpoints.Reception, null, department, "paper").Url;
        }

        await templates.RefreshAsync(db);
        var link = surveys.Create(Touchpoints.Reception, null, department, "email");
        Add(booking, "survey", "email", time.GetUtcNow(), NoticeKinds.Survey, new Dictionary<string, string>
        {
            ["что оценить"] = Touchpoints.Reception.Subject,
            ["ссылка"] = link.Url,
        }, "Оцените, пожалуйста, личный приём");
        return null;
    }

    private async Task<IReadOnlyDictionary<string, string>> ValuesAsync(ReceptionSlot slot, Booking booking)
    {
        var host = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == slot.HostId);
        var local = TimeZoneInfo.ConvertTime(slot.StartsAt, TimeZones.Find(hours.Value.TimeZone));
        return new Dictionary<string, string>
        {
            ["имя"] = booking.Name,
            ["дата"] = local.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["время"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["принимает"] = $"{host.FullName}, {host.Position.ToLowerInvariant()}",
            ["кабинет"] = slot.Room,
            ["адрес"] = ministry.Value.Address,
            ["код"] = booking.Code,
            ["отмена"] = portal.Value.PublicBaseUrl.TrimEnd('/') + "/reception/cancel",
        };
    }

    private static Error? Invalid(BookingInput input)
    {
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 300)
        {
            fields["Name"] = ["Укажите фамилию, имя и отчество (до 300 знаков)."];
        }

        if (AppealIntakeService.Digits(input.Phone) is not { Length: >= 10 and <= 15 } || input.Phone!.Length > 50)
        {
            fields["Phone"] = ["Телефон — от 10 до 15 цифр, например +7 918 123-45-67: по нему можно отменить запись."];
        }

        if (Clean(input.Email) is { } email && (email.Length > 200 || !MailboxAddress.TryParse(email, out _)
            || !email.Contains('@', StringComparison.Ordinal)))
        {
            fields["Email"] = ["Адрес электронной почты указан неверно."];
        }

        if (string.IsNullOrWhiteSpace(input.Topic) || input.Topic.Length > 2000)
        {
            fields["Topic"] = ["Коротко опишите вопрос (до 2000 знаков)."];
        }

        var remindBy = Clean(input.RemindBy);
        if (remindBy is not (null or "email" or "phone"))
        {
            fields["RemindBy"] = ["Выберите, как напомнить: звонком или письмом."];
        }
        else if (remindBy == "email" && Clean(input.Email) is null)
        {
            fields["RemindBy"] = ["Для напоминания по почте укажите адрес электронной почты."];
        }
        else if (remindBy is not null && !input.RemindDayBefore && !input.RemindTwoHoursBefore)
        {
            fields["RemindBy"] = ["Выберите, когда напомнить: накануне и/или за два часа."];
        }

        if (input.AccessibilityNeeds?.Length > 1000)
        {
            fields["AccessibilityNeeds"] = ["Особые потребности — до 1000 знаков."];
        }

        return fields.Count == 0 ? null : Errors.Validation("reception.booking", "Проверьте данные записи.", fields);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
