using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Appeals;

// Reminders to executors and escalations to heads before and at expiry (R6.2). Each run looks at every
// open appeal and writes what is due now; a reminder already written is never written again: a unique
// index on (appeal, employee, kind, deadline) refuses the second row, also when several nodes run the job
// at once or a node restarts halfway.
public sealed partial class DeadlineReminders(
    OtklikDbContext db, CalendarCache calendar, TimeProvider time, IOptions<WorkingHoursOptions> hours,
    IOptions<AppealsOptions> options, Notifications.StaffMailbox mailbox, ILogger<DeadlineReminders> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var production = await calendar.GetAsync(cancellationToken);
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var heads = await db.Departments.Where(d => d.HeadId != null)
            .ToDictionaryAsync(d => d.Id, d => d.HeadId!.Value, cancellationToken);
        var open = await db.Appeals.AsNoTracking()
            .Where(a => a.Status == AppealStatus.Registered || a.Status == AppealStatus.Triaged
                || a.Status == AppealStatus.InProgress)
            .Select(a => new OpenAppeal(a.Id, a.RegistrationNumber, a.Status, a.DepartmentId, a.ExecutorId,
                a.DueOn ?? a.AnswerDueOn, a.RegisteredOn))
            .ToListAsync(cancellationToken);

        var written = 0;
        foreach (var appeal in open)
        {
            foreach (var reminder in Due(appeal, production, today, heads))
            {
                written += await InsertOnceAsync(reminder, appeal.Number, cancellationToken);
            }
        }

        Log.Ran(logger, open.Count, written);
        return written;
    }

    private IEnumerable<StaffReminder> Due(
        OpenAppeal appeal, ProductionCalendar production, DateOnly today, Dictionary<int, int> heads)
    {
        var head = appeal.DepartmentId is { } d && heads.TryGetValue(d, out var h) ? h : (int?)null;
        if (appeal.Status == AppealStatus.Registered)
        {
            // Triage comes first: a head who has not decided within a working day is reminded.
            if (head is not null && production.CountWorkingDays(appeal.RegisteredOn, today) >= 1)
            {
                yield return Make(appeal, head.Value, "triage-waiting", appeal.RegisteredOn,
                    $"Обращение № {appeal.Number} ждёт решения о срочности с {appeal.RegisteredOn:dd.MM.yyyy}.");
            }

            yield break;
        }

        var left = production.CountWorkingDays(today, appeal.DueOn);
        var (kind, text) = left switch
        {
            < 0 => ("overdue", $"Обращение № {appeal.Number}: срок {appeal.DueOn:dd.MM.yyyy} истёк."),
            0 => ("due-today", $"Обращение № {appeal.Number}: срок истекает сегодня."),
            _ when left <= options.Value.RemindWorkingDaysBefore =>
                ("due-soon", $"Обращение № {appeal.Number}: до срока {appeal.DueOn:dd.MM.yyyy} " +
                    $"осталось рабочих дней: {left}."),
            _ => ("", ""),
        };
        if (kind.Length == 0)
        {
            yield break;
        }

        if (appeal.ExecutorId is { } executor)
        {
            yield return Make(appeal, executor, kind, appeal.DueOn, text);
        }

        // Escalation: the head hears at expiry and after it, not before.
        if (head is not null && kind != "due-soon" && head != appeal.ExecutorId)
        {
            yield return Make(appeal, head.Value, kind, appeal.DueOn, text);
        }
    }

    private StaffReminder Make(OpenAppeal appeal, int employeeId, string kind, DateOnly dueOn, string text) =>
        new()
        {
            AppealId = appeal.Id,
            EmployeeId = employeeId,
            Kind = kind,
            DueOn = dueOn,
            CreatedAt = time.GetUtcNow(),
            Text = text,
        };

    private async Task<int> InsertOnceAsync(StaffReminder r, string number, CancellationToken cancellationToken)
    {
        var exists = await db.StaffReminders.AnyAsync(x => x.AppealId == r.AppealId && x.EmployeeId == r.EmployeeId
            && x.Kind == r.Kind && x.DueOn == r.DueOn, cancellationToken);
        if (exists)
        {
            return 0;
        }

        db.StaffReminders.Add(r);
        mailbox.Queue(r.EmployeeId, $"обращение № {number}", r.Text, $"/appeals/{r.AppealId}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateException)
        {
            // Another node wrote the same reminder a moment earlier; the unique index kept it single.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private sealed record OpenAppeal(
        int Id, string Number, AppealStatus Status, int? DepartmentId, int? ExecutorId, DateOnly DueOn,
        DateOnly RegisteredOn);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
            Message = "Deadline reminders: {Open} open appeals looked at, {Written} reminders written")]
        public static partial void Ran(ILogger logger, int open, int written);
    }
}

// Runs the reminders and the closing of finished appeals on every node at a fixed interval, and once at
// start; the database decides which node's row wins.
public sealed class DeadlineReminderJob(
    IServiceScopeFactory scopes, IOptions<AppealsOptions> options, TimeProvider time,
    ILogger<DeadlineReminderJob> logger) : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.ReminderIntervalMinutes);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken token)
    {
        await services.GetRequiredService<DeadlineReminders>().RunAsync(token);
        await services.GetRequiredService<AppealAutoClose>().RunAsync(token);
        await services.GetRequiredService<Hotline.CallbackEscalation>().RunAsync(token);
    }
}
