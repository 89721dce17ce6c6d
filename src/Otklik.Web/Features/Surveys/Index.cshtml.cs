using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Surveys;

public sealed record SurveyFigures(
    string Group, string Touchpoint, int Sent, int Answered, double Satisfaction, double ClearShare,
    double ResolvedShare);

public sealed record TrendPoint(string Month, int Answered, double Satisfaction);

// Satisfaction by department, touchpoint and channel over a period, its trend by month, and the low scores
// the heads must look at (RF1, RF2). Heads see their own department, leadership and administrators all.
public sealed class IndexModel(
    OtklikDbContext db, AppealAccess people, TimeProvider time, IOptions<WorkingHoursOptions> hours) : PageModel
{
    private const int TrendMonths = 12;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Touchpoint { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    public IReadOnlyList<SurveyFigures> Rows { get; private set; } = [];

    public IReadOnlyList<SurveyFigures> ByChannel { get; private set; } = [];

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    public IReadOnlyList<SurveyResponse> Low { get; private set; } = [];

    public IReadOnlyList<SurveyResponse> Comments { get; private set; } = [];

    public bool Allowed { get; private set; }

    public async Task OnGetAsync()
    {
        var all = User.IsInRole(StaffRoles.Leadership) || User.IsInRole(StaffRoles.Administrator);
        var (_, department) = await people.EmployeeOfAsync(User);
        Allowed = all || (User.IsInRole(StaffRoles.DepartmentHead) && department is not null);
        if (!Allowed)
        {
            return;
        }

        var today = TimeZones.Today(time, hours.Value.TimeZone);
        (From, To) = (From ?? today.AddDays(-90), To ?? today);
        var (since, until) = (Start(From.Value), Start(To.Value.AddDays(1)));
        var invitations = db.SurveyInvitations.Where(i => (all || i.DepartmentId == department)
            && i.CreatedAt >= since && i.CreatedAt < until
            && (Touchpoint == null || i.Touchpoint == Touchpoint) && (Channel == null || i.Channel == Channel));
        var responses = db.SurveyResponses.AsNoTracking().Where(r => (all || r.DepartmentId == department)
            && r.At >= since && r.At < until
            && (Touchpoint == null || r.Touchpoint == Touchpoint) && (Channel == null || r.Channel == Channel));

        Rows = await ByDepartmentAsync(invitations, responses);
        ByChannel = await ByChannelAsync(invitations, responses);
        Trend = await TrendAsync(all, department);
        Low = await responses.Where(r => (r.Satisfaction > 0 && r.Satisfaction <= 2) || r.Resolved == "no")
            .OrderByDescending(r => r.At).Take(30).ToListAsync();
        Comments = await responses.Where(r => r.Comment != null).OrderByDescending(r => r.At).Take(30).ToListAsync();
    }

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).ToString("dd.MM.yyyy");

    private async Task<IReadOnlyList<SurveyFigures>> ByDepartmentAsync(
        IQueryable<SurveyInvitation> invitations, IQueryable<SurveyResponse> responses)
    {
        var sent = await invitations.GroupBy(i => new { i.DepartmentId, i.Touchpoint })
            .Select(g => new { g.Key.DepartmentId, g.Key.Touchpoint, Count = g.Count() }).ToListAsync();
        var answered = await responses.GroupBy(r => new { r.DepartmentId, r.Touchpoint })
            .Select(g => new Answered(g.Key.DepartmentId, g.Key.Touchpoint, null, g.Count(),
                g.Where(r => r.Satisfaction > 0).Average(r => (double?)r.Satisfaction) ?? 0,
                g.Count(r => r.Clear == "yes"), g.Count(r => r.Clear != null),
                g.Count(r => r.Resolved == "yes"), g.Count(r => r.Resolved != null)))
            .ToListAsync();
        var names = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name);
        var keys = sent.Select(s => (s.DepartmentId, s.Touchpoint))
            .Union(answered.Select(a => (a.DepartmentId, a.Touchpoint))).Distinct();
        return [.. keys.Select(k => Row(
                k.DepartmentId is { } d ? names.GetValueOrDefault(d) ?? "—" : "Без отдела", k.Touchpoint,
                sent.FirstOrDefault(s => s.DepartmentId == k.DepartmentId && s.Touchpoint == k.Touchpoint)?.Count ?? 0,
                answered.FirstOrDefault(a => a.DepartmentId == k.DepartmentId && a.Touchpoint == k.Touchpoint)))
            .OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.Touchpoint, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<SurveyFigures>> ByChannelAsync(
        IQueryable<SurveyInvitation> invitations, IQueryable<SurveyResponse> responses)
    {
        var sent = await invitations.GroupBy(i => i.Channel).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync();
        var answered = await responses.GroupBy(r => r.Channel)
            .Select(g => new Answered(null, "", g.Key, g.Count(),
                g.Where(r => r.Satisfaction > 0).Average(r => (double?)r.Satisfaction) ?? 0,
                g.Count(r => r.Clear == "yes"), g.Count(r => r.Clear != null),
                g.Count(r => r.Resolved == "yes"), g.Count(r => r.Resolved != null)))
            .ToListAsync();
        return [.. sent.Select(s => s.Key).Union(answered.Select(a => a.Channel)).Distinct()
            .Select(c => Row(ChannelTitle(c), "", sent.FirstOrDefault(s => s.Key == c)?.Count ?? 0,
                answered.FirstOrDefault(a => a.Channel == c)))];
    }

    // The last twelve months whatever the period chosen, so that a trend is always visible.
    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(bool all, int? department)
    {
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - TrendMonths);
        var scored = db.SurveyResponses.Where(r => (all || r.DepartmentId == department) && r.Satisfaction > 0
            && (Touchpoint == null || r.Touchpoint == Touchpoint) && (Channel == null || r.Channel == Channel));

        // One aggregate per month, bounded by instants, so the database counts however many responses there are.
        var points = new List<TrendPoint>();
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var (from, to) = (Start(month), Start(month.AddMonths(1)));
            var figures = await scored.Where(r => r.At >= from && r.At < to)
                .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Average = g.Average(r => r.Satisfaction) })
                .FirstOrDefaultAsync();
            var title = month.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
            points.Add(new TrendPoint(title,
                figures?.Count ?? 0, figures?.Average ?? 0));
        }

        return points;
    }

    private static SurveyFigures Row(string group, string touchpoint, int sent, Answered? a) => new(
        group, Touchpoints.Find(touchpoint)?.Title ?? touchpoint, sent, a?.Count ?? 0, a?.Satisfaction ?? 0,
        a is { ClearGiven: > 0 } ? a.Clear * 100.0 / a.ClearGiven : 0,
        a is { ResolvedGiven: > 0 } ? a.Resolved * 100.0 / a.ResolvedGiven : 0);

    public static string ChannelTitle(string? channel) => channel switch
    {
        "email" => "электронная почта",
        "sms" => "СМС",
        "epgu" => "Госуслуги",
        "phone" => "телефон",
        "portal" => "портал",
        "post" => "почта России",
        "paper" => "на бумаге",
        null or "" => "не указан",
        _ => channel,
    };

    private DateTimeOffset Start(DateOnly day) =>
        TimeZones.Instant(day, TimeOnly.MinValue, TimeZones.Find(hours.Value.TimeZone));

    private sealed record Answered(
        int? DepartmentId, string Touchpoint, string? Channel, int Count, double Satisfaction, int Clear,
        int ClearGiven, int Resolved, int ResolvedGiven);
}
