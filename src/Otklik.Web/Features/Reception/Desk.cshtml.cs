using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Portal;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Reception;

public sealed record VisitRow(Booking Booking, ReceptionSlot Slot, DateTime Local, string Host);

public sealed record ReminderCall(BookingNotice Notice, Booking Booking, DateTime Local);

// The reception's staff desk: the visits one receives, with the visitor's needs (R34–37); for the hotline and
// the reception office also booking and cancelling on a client's call (R32.1, R33) and the reminder calls
// that are due (R32.2).
public sealed class DeskModel(
    OtklikDbContext db, ReceptionSlots slots, ReceptionBookings bookings, AppealAccess people, AuditLog audit,
    TimeProvider time, IOptions<WorkingHoursOptions> hours, IOptions<MinistryOptions> ministry) : PageModel
{
    public IReadOnlyList<VisitRow> Visits { get; private set; } = [];

    public IReadOnlyList<VisitRow> Found { get; private set; } = [];

    public IReadOnlyList<ReminderCall> Calls { get; private set; } = [];

    public IReadOnlyList<HostSchedule> Free { get; private set; } = [];

    public IReadOnlyList<string> Sources { get; private set; } = [];

    public MinistryOptions Ministry => ministry.Value;

    [BindProperty(SupportsGet = true)]
    public string? FindPhone { get; set; }

    [BindProperty]
    public BookingForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var (me, _) = await people.EmployeeOfAsync(User);
        var now = time.GetUtcNow();

        // A visit stays on the list until the host marks it, so that none is left without its survey.
        var since = now.AddDays(-30);
        Visits = await RowsAsync(db.Bookings.Where(b => b.State == BookingState.Booked
            && db.ReceptionSlots.Any(s => s.Id == b.SlotId && s.HostId == me && s.StartsAt > since)));
        Sources = await slots.SourcesForAsync(User);
        if (Sources.Count == 0)
        {
            return;
        }

        var sources = Sources;
        Free = [.. (await ReceptionSchedule.FreeAsync(db, now, Zone))
            .Select(h => h with
            {
                Slots = [.. h.Slots.Where(s => sources.Contains(h.IsLeadership
                    ? BookingSources.Phone : BookingSources.Hotline))],
            })
            .Where(h => h.Slots.Count > 0)];
        Calls = await CallsAsync(now);
        Found = await FindAsync(FindPhone);
    }

    public async Task<IActionResult> OnPostBookAsync(int slotId, string source)
    {
        if (!(await slots.SourcesForAsync(User)).Contains(source))
        {
            return Forbid();
        }

        var booked = await bookings.BookAsync(slotId, Input.ToInput(), source);
        return await DoneAsync(booked.Error, booked.IsSuccess
            ? $"Клиент записан. Код записи {booked.Value!.Code} — продиктуйте его клиенту, " +
                "а также адрес и что взять с собой."
            : "");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, string source)
    {
        if (!(await slots.SourcesForAsync(User)).Contains(source))
        {
            return Forbid();
        }

        var cancelled = await bookings.CancelByStaffAsync(id, source);
        return await DoneAsync(cancelled.Error, "Запись отменена, время освободилось.");
    }

    public async Task<IActionResult> OnPostVisitAsync(int id, bool attended)
    {
        var (me, _) = await people.EmployeeOfAsync(User);
        var closed = await bookings.CloseVisitAsync(id, attended, User, me);
        var message = !attended ? "Отмечено: клиент не пришёл."
            : closed.Value?.SurveyToHandOut is { } url
                ? $"Приём состоялся. У клиента нет почты: дайте ему ссылку на опрос — {url}"
                : "Отмечено: приём состоялся, клиенту отправлен опрос.";
        return await DoneAsync(closed.Error, message);
    }

    // A reminder call is taken before dialling, so no two staff call the same client; only the one who took
    // it reports how it went.
    public async Task<IActionResult> OnPostTakeAsync(long id)
    {
        if ((await slots.SourcesForAsync(User)).Count == 0)
        {
            return Forbid();
        }

        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = time.GetUtcNow();
        var taken = await db.BookingNotices
            .Where(n => n.Id == id && n.Channel == "phone" && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sending)
                .SetProperty(x => x.ClaimedBy, me).SetProperty(x => x.ClaimedAt, now));
        return await DoneAsync(taken == 1 ? null : Errors.Conflict("reception.reminder_taken",
            "Этому клиенту уже звонит другой сотрудник."), "Звонок ваш: позвоните клиенту.");
    }

    public async Task<IActionResult> OnPostCalledAsync(long id, bool reached)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var done = await db.BookingNotices
            .Where(n => n.Id == id && n.State == NoticeState.Sending && n.ClaimedBy == me)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, reached ? NoticeState.Sent : NoticeState.Failed)
                .SetProperty(x => x.SentAt, now).SetProperty(x => x.Attempts, 1)
                .SetProperty(x => x.LastError, reached ? null : "Не дозвонились."));
        if (done == 1)
        {
            audit.Record("reception.reminder_called", nameof(BookingNotice), id, new { reached });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return await DoneAsync(done == 1 ? null : Errors.Conflict("reception.reminder_not_yours",
            "Сначала возьмите звонок: о нём сообщает тот, кто звонил."), "Звонок отмечен.");
    }

    private async Task<IActionResult> DoneAsync(Error? error, string message)
    {
        if (error is null)
        {
            Flash.Put(TempData, message);
            return Redirect("/reception/desk");
        }

        if (error.Status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }

        ModelState.AddError(error, nameof(Input));
        await OnGetAsync();
        Response.StatusCode = error.Status;
        return Page();
    }

    private async Task<IReadOnlyList<ReminderCall>> CallsAsync(DateTimeOffset now)
    {
        // Due calls nobody took, and the user's own; a reminder for a visit that has begun is no longer made.
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var due = await db.BookingNotices.AsNoTracking()
            .Where(n => n.Channel == "phone" && n.DueAt <= now
                && (n.State == NoticeState.Pending || (n.State == NoticeState.Sending && n.ClaimedBy == me)))
            .Join(db.Bookings, n => n.BookingId, b => b.Id, (n, b) => new { n, b })
            .Where(x => x.n.Kind == "cancelled"
                || db.ReceptionSlots.Any(s => s.Id == x.b.SlotId && s.StartsAt > now))
            .OrderBy(x => x.n.DueAt).Take(100)
            .ToListAsync();
        var slotIds = due.Select(d => d.b.SlotId).ToList();
        var starts = await db.ReceptionSlots.Where(s => slotIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.StartsAt);
        return [.. due.Select(d => new ReminderCall(d.n, d.b, Local(starts[d.b.SlotId])))];
    }

    // The database narrows the bookings down by the number's last digits in order; the ten digits decide.
    private async Task<IReadOnlyList<VisitRow>> FindAsync(string? phone)
    {
        if (PhoneNumbers.Key(phone) is not { Length: PhoneNumbers.KeyLength } key)
        {
            return [];
        }

        var pattern = PhoneNumbers.Pattern(key);
        var candidates = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Booked && EF.Functions.Like(b.Phone, pattern))
            .Select(b => new { b.Id, b.Phone }).Take(200).ToListAsync();
        var ids = candidates.Where(c => PhoneNumbers.Same(c.Phone, phone)).Select(c => c.Id).ToList();
        return await RowsAsync(db.Bookings.Where(b => ids.Contains(b.Id)));
    }

    private async Task<IReadOnlyList<VisitRow>> RowsAsync(IQueryable<Booking> query)
    {
        var list = await query.AsNoTracking().Take(200).ToListAsync();
        var slotIds = list.Select(b => b.SlotId).ToList();
        var slotRows = await db.ReceptionSlots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToListAsync();
        var hostIds = slotRows.Select(s => s.HostId).Distinct().ToList();
        var hosts = await db.Employees.Where(e => hostIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.ShortName);
        return [.. list.Join(slotRows, b => b.SlotId, s => s.Id, (b, s) => new VisitRow(b, s, Local(s.StartsAt),
                hosts.GetValueOrDefault(s.HostId) ?? "—"))
            .OrderBy(r => r.Slot.StartsAt)];
    }

    private TimeZoneInfo Zone => TimeZones.Find(hours.Value.TimeZone);

    private DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;
}
