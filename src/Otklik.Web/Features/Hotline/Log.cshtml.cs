using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Hotline;

public sealed record LogRow(
    HotlineCall Call, string Operator, int Transfers, CallbackState? Callback);

// Every question the hotline received (R22): time, topic, need, answer, transfers, callback and outcome,
// filtered by period, topic and outcome; each reader sees the calls his role and department allow.
public sealed class LogModel(
    OtklikDbContext db, HotlineAccess access, TimeProvider time, IOptions<WorkingHoursOptions> hours) : PageModel
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public CallOutcome? Outcome { get; set; }

    public IReadOnlyList<LogRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var zone = TimeZones.Find(hours.Value.TimeZone);
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        From ??= today.AddDays(-30);
        To ??= today;
        var since = Start(From.Value, zone);
        var until = Start(To.Value.AddDays(1), zone);

        var query = (await access.VisibleAsync(User)).AsNoTracking()
            .Where(c => c.StartedAt >= since && c.StartedAt < until);
        query = Topic is null ? query : query.Where(c => c.Topic == Topic);
        query = Outcome is null ? query : query.Where(c => c.Outcome == Outcome);
        Total = await query.CountAsync();

        var calls = await query.OrderByDescending(c => c.StartedAt).Take(PageSize)
            .Select(c => new { Call = c, Transfers = c.Transfers.Count }).ToListAsync();
        var ids = calls.Select(c => c.Call.Id).ToList();
        var callbacks = await db.HotlineCallbacks.Where(b => ids.Contains(b.CallId))
            .ToDictionaryAsync(b => b.CallId, b => b.State);
        var operators = calls.Select(c => c.Call.OperatorId).Distinct().ToList();
        var names = await db.Employees.Where(e => operators.Contains(e.Id)).ToListAsync();
        Rows = [.. calls.Select(c => new LogRow(c.Call,
            names.FirstOrDefault(e => e.Id == c.Call.OperatorId)?.ShortName ?? "—", c.Transfers,
            callbacks.TryGetValue(c.Call.Id, out var state) ? state : null))];
    }

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).ToString("dd.MM.yyyy HH:mm");

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone) =>
        TimeZones.Instant(day, TimeOnly.MinValue, zone);
}
