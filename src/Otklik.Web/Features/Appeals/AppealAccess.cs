using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

public enum AppealView
{
    None,
    StatusOnly,
    Full,
}

// What one member of staff may do with one appeal.
public sealed record AppealActor(int? EmployeeId, bool IsHead, bool IsExecutor, bool CanSee);

// Who sees which appeals (N3): leadership all; heads and executors their department's and those assigned
// to them, also as co-executors from another department; operators the status of any
// appeal, to answer callers; everyone else nothing.
public sealed class AppealAccess(OtklikDbContext db)
{
    public async Task<(IQueryable<Appeal> Appeals, AppealView View)> VisibleAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Leadership))
        {
            return (db.Appeals, AppealView.Full);
        }

        var (employeeId, department) = await EmployeeOfAsync(user);
        if ((user.IsInRole(StaffRoles.DepartmentHead) || user.IsInRole(StaffRoles.Executor)) && employeeId is not null)
        {
            return (db.Appeals.Where(a => (department != null && a.DepartmentId == department)
                || a.ExecutorId == employeeId
                || a.CoExecutors.Any(c => c.EmployeeId == employeeId)), AppealView.Full);
        }

        return user.IsInRole(StaffRoles.Operator)
            ? (db.Appeals, AppealView.StatusOnly)
            : (db.Appeals.Where(_ => false), AppealView.None);
    }

    public async Task<AppealActor> ActorAsync(ClaimsPrincipal user, Appeal appeal)
    {
        var (employeeId, department) = await EmployeeOfAsync(user);
        var isHead = user.IsInRole(StaffRoles.Leadership)
            || (user.IsInRole(StaffRoles.DepartmentHead) && department is not null
                && department == appeal.DepartmentId);
        var isExecutor = employeeId is not null && employeeId == appeal.ExecutorId;
        var canSee = isHead || isExecutor
            || ((user.IsInRole(StaffRoles.Executor) || user.IsInRole(StaffRoles.DepartmentHead))
                && employeeId is not null
                && ((department is not null && department == appeal.DepartmentId)
                    || appeal.CoExecutors.Any(c => c.EmployeeId == employeeId)));
        return new AppealActor(employeeId, isHead, isExecutor, canSee);
    }

    public async Task<(int? EmployeeId, int? DepartmentId)> EmployeeOfAsync(ClaimsPrincipal user)
    {
        var claim = user.FindFirstValue(OtklikClaims.EmployeeId);
        if (!int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var employeeId))
        {
            return (null, null);
        }

        // Read live so that a transfer to another department takes effect at once.
        var department = await db.Employees
            .Where(e => e.Id == employeeId && e.IsActive)
            .Select(e => new { e.DepartmentId })
            .FirstOrDefaultAsync();
        return department is null ? (null, null) : (employeeId, department.DepartmentId);
    }
}
