using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

// What one member of staff may do in one section.
public sealed record SectionRights(bool CanEdit, bool IsResponsible);

// R28.1: every employee reads every section; only the owning department's staff edit it; its head answers
// for its reviews. Administrators create sections and set owners but do not write other units' material.
// Leadership oversees reviews across the ministry.
public sealed class KnowledgeAccess(OtklikDbContext db, AppealAccess people)
{
    public async Task<SectionRights> RightsAsync(ClaimsPrincipal user, KnowledgeSection section)
    {
        var (_, department) = await people.EmployeeOfAsync(user);
        var member = department is not null && department == section.DepartmentId;
        var responsible = (member && user.IsInRole(StaffRoles.DepartmentHead))
            || user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.Leadership);
        return new SectionRights(member, responsible);
    }

    public async Task<IReadOnlyList<int>> EditableSectionsAsync(ClaimsPrincipal user)
    {
        var (_, department) = await people.EmployeeOfAsync(user);
        return department is null
            ? []
            : await db.KnowledgeSections.Where(s => s.DepartmentId == department).Select(s => s.Id).ToListAsync();
    }

    // Sections whose reviews the user answers for: his department's as head, all as administrator or leader.
    public async Task<IQueryable<KnowledgeSection>> ResponsibleForAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.Leadership))
        {
            return db.KnowledgeSections;
        }

        var (_, department) = await people.EmployeeOfAsync(user);
        return user.IsInRole(StaffRoles.DepartmentHead) && department is not null
            ? db.KnowledgeSections.Where(s => s.DepartmentId == department)
            : db.KnowledgeSections.Where(_ => false);
    }

    public static bool ManagesSections(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Administrator);
}
