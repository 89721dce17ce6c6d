using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Surveys;

public sealed record SurveyFigures(
    string Department, string Touchpoint, int Sent, int Answered, double Satisfaction, double ClearShare,
    double ResolvedShare);

// First results per department (RF1): heads see their own, leadership and administrators all.
public sealed class IndexModel(OtklikDbContext db, AppealAccess people) : PageModel
{
    public IReadOnlyList<SurveyFigures> Rows { get; private set; } = [];

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

        var sent = await db.SurveyInvitations.Where(i => all || i.DepartmentId == department)
            .GroupBy(i => new { i.DepartmentId, i.Touchpoint }).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync();
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => all || r.DepartmentId == department)
            .ToListAsync();
        var names = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name);
        Rows = [.. sent.Select(s =>
        {
            var answered = responses.Where(r => r.DepartmentId == s.Key.DepartmentId
                && r.Touchpoint == s.Key.Touchpoint).ToList();
            return new SurveyFigures(
                s.Key.DepartmentId is { } d ? names.GetValueOrDefault(d, "—") : "Без отдела",
                Touchpoints.Find(s.Key.Touchpoint)?.Title ?? s.Key.Touchpoint, s.Count, answered.Count,
                answered.Count == 0 ? 0 : answered.Average(r => r.Satisfaction),
                Share(answered, r => r.Clear), Share(answered, r => r.Resolved));
        }).OrderBy(r => r.Department).ThenBy(r => r.Touchpoint)];
        Comments = [.. responses.Where(r => r.Comment is not null).OrderByDescending(r => r.At).Take(30)];
    }

    private static double Share(List<SurveyResponse> answered, Func<SurveyResponse, string?> field)
    {
        var given = answered.Select(field).Where(v => v is not null).ToList();
        return given.Count == 0 ? 0 : given.Count(v => v == "yes") * 100.0 / given.Count;
    }
}
