using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

// A contact with the client while clarifying his appeal (R9): made, or planned for a time.
public sealed class ClientContact
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public DateTimeOffset At { get; set; }

    public bool Planned { get; set; }

    public required string Channel { get; set; }

    // "reached", "not-reached" or "message-left"; empty for a planned call.
    public string? Outcome { get; set; }

    public string? Note { get; set; }

    public required string By { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ClientContactConfiguration : IEntityTypeConfiguration<ClientContact>
{
    public void Configure(EntityTypeBuilder<ClientContact> builder)
    {
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Outcome).HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.HasIndex(c => new { c.AppealId, c.At });
        builder.HasOne<Appeal>().WithMany().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed record ContactInput(
    string? Channel, string? Outcome, DateOnly? Date, TimeOnly? Time, string? Note, bool Planned);

// Logs contacts and plans calls; a call is planned only within the ministry's working hours, by the
// production calendar and the configured office hours.
public sealed class ClientContacts(
    OtklikDbContext db, AppealAccess access, AuditLog audit, CalendarCache calendar, TimeProvider time,
    IOptions<WorkingHoursOptions> hours)
{
    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>
    {
        ["phone"] = "телефон",
        ["email"] = "электронная почта",
        ["sms"] = "СМС",
        ["visit"] = "личная встреча",
    };

    public static readonly IReadOnlyDictionary<string, string> Outcomes = new Dictionary<string, string>
    {
        ["reached"] = "связались",
        ["not-reached"] = "не удалось связаться",
        ["message-left"] = "оставили сообщение",
    };

    public async Task<Result<ClientContact>> AddAsync(int appealId, ContactInput input, ClaimsPrincipal user)
    {
        var appeal = await db.Appeals.Include(a => a.CoExecutors).FirstOrDefaultAsync(a => a.Id == appealId);
        var actor = appeal is null ? null : await access.ActorAsync(user, appeal);
        if (appeal is null || actor is not { CanSee: true })
        {
            return Errors.NotFound("appeal.not-found", "Обращение не найдено.");
        }

        if (!actor.IsHead && !actor.IsExecutor)
        {
            return Errors.Forbidden("appeal.contact-forbidden",
                "Контакты с заявителем отмечают исполнитель и начальник.");
        }

        var at = await CheckAsync(input);
        if (!at.IsSuccess)
        {
            return at.Error!;
        }

        var contact = new ClientContact
        {
            AppealId = appealId,
            At = at.Value,
            Planned = input.Planned,
            Channel = input.Channel!,
            Outcome = input.Planned ? null : input.Outcome,
            Note = string.IsNullOrWhiteSpace(input.Note)
                ? null : input.Note.Trim(),
            By = Actor.From(user).Name,
            CreatedAt = time.GetUtcNow(),
        };
        db.ClientContacts.Add(contact);
        audit.Record(input.Planned ? "appeal.call_planned" : "appeal.contact_logged", nameof(Appeal), appealId,
            new { contact.Channel, contact.Outcome, At = contact.At });
        await db.SaveChangesAsync();
        return contact;
    }

    private async Task<Result<DateTimeOffset>> CheckAsync(ContactInput input)
    {
        if (input.Channel is null || !Channels.ContainsKey(input.Channel)
            || (input.Planned && input.Channel != "phone"))
        {
            return Field("Channel", "Выберите способ связи; запланировать можно звонок.");
        }

        if (!input.Planned && (input.Outcome is null || !Outcomes.ContainsKey(input.Outcome)))
        {
            return Field("Outcome", "Укажите, чем закончился контакт.");
        }

        if (input.Note?.Length > 1000)
        {
            return Field("Note", "Заметка — не больше 1000 знаков.");
        }

        if (input.Date is not { } date || input.Time is not { } clock)
        {
            return Field("Date", "Укажите дату и время.");
        }

        var zone = TimeZones.Find(hours.Value.TimeZone);
        var at = TimeZones.Instant(date, clock, zone);
        return input.Planned ? await PlannedAsync(at, date) : at > time.GetUtcNow().AddMinutes(5)
            ? Field("Date",
                "Состоявшийся контакт не может быть в будущем; для будущего звонка выберите «Запланировать».")
            : at;
    }

    private async Task<Result<DateTimeOffset>> PlannedAsync(DateTimeOffset at, DateOnly date)
    {
        if (at <= time.GetUtcNow())
        {
            return Field("Date", "Запланировать звонок можно только на будущее время.");
        }

        var production = await calendar.GetAsync();
        var office = new WorkingHours(production, hours.Value);
        if (office.IsWithinWorkingHours(at))
        {
            return at;
        }

        var next = TimeZoneInfo.ConvertTime(office.NextWorkingMoment(at), office.Zone);
        var (start, end) = office.HoursOn(date);
        var day = production.IsWorkingDay(date)
            ? $"{date:dd.MM.yyyy} министерство работает с {start:HH\\:mm} до {end:HH\\:mm}, кроме обеда"
            : $"{date:dd.MM.yyyy} — нерабочий день";
        return Field("Time", $"Звонить можно только в рабочее время: {day}. Ближайшее рабочее время — " +
            $"{next:dd.MM.yyyy HH\\:mm}.");
    }

    private static Error Field(string field, string message) =>
        Errors.Validation("appeal.contact-invalid", message, new Dictionary<string, string[]> { [field] = [message] });
}
