using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// Consideration ends with the answer, the forwarding or the notice on an abusive appeal; the appeal is closed
// once the head has had the time to return it for rework. Without this an appeal nobody closed by hand would
// never start its five years of retention (R3.3). The client already has the final notice, so none is sent.
public sealed partial class AppealAutoClose(
    OtklikDbContext db, CalendarCache calendar, AuditLog audit, TimeProvider time,
    IOptions<WorkingHoursOptions> hours, IOptions<AppealsOptions> options, ILogger<AppealAutoClose> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.AutoCloseWorkingDays;
        if (days <= 0)
        {
            return 0;
        }

        var production = await calendar.GetAsync(cancellationToken);
        var zone = TimeZones.Find(hours.Value.TimeZone);
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var finished = await db.Appeals.AsNoTracking()
            .Where(a => a.ClosedAt == null && (a.Status == AppealStatus.Answered
                || a.Status == AppealStatus.Forwarded || a.Status == AppealStatus.NotConsidered))
            .Select(a => new { a.Id, a.Revision, Since = a.Events.Max(e => e.At) })
            .ToListAsync(cancellationToken);

        var closed = 0;
        foreach (var appeal in finished)
        {
            var since = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(appeal.Since, zone).DateTime);
            if (production.CountWorkingDays(since, today) >= days)
            {
                closed += await CloseAsync(appeal.Id, appeal.Revision, days, cancellationToken) ? 1 : 0;
            }
        }

        Log.Closed(logger, closed);
        return closed;
    }

    // The revision guards against a head returning the appeal for rework at the same moment, and against
    // another node closing it first.
    private async Task<bool> CloseAsync(int id, int revision, int days, CancellationToken cancellationToken)
    {
        var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == id && a.Revision == revision,
            cancellationToken);
        if (appeal is null)
        {
            return false;
        }

        var from = appeal.Status;
        var now = time.GetUtcNow();
        (appeal.Status, appeal.ClosedAt, appeal.Revision) = (AppealStatus.Closed, now, appeal.Revision + 1);
        appeal.Events.Add(new AppealEvent
        {
            At = now,
            Status = AppealStatus.Closed,
            Action = AppealLifecycle.Code(AppealAction.Close),
            ActorName = Actor.System.Name,
            Note = $"Закрыто автоматически: прошло {days} рабочих дней после завершения рассмотрения.",
        });
        audit.Record("appeal.closed", nameof(Appeal), appeal.Id, new { From = from, To = AppealStatus.Closed },
            "auto-close", Actor.System);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
            Message = "Auto-close: {Closed} appeals closed after consideration ended")]
        public static partial void Closed(ILogger logger, int closed);
    }
}
