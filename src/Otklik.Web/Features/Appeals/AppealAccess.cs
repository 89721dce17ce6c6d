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

// Who sees which appeals (N3): leadership all; heads and executors their department's; operators the
// status of any appeal, to answer callers; everyone else nothing.
public sealed class AppealAccess(OtklikDbContext db)
{
    public async Task<(IQueryable<Appeal> Appeals, AppealView View)> VisibleAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Leadership))
        {
            return (db.Appeals, AppealView.Full);
        }

        var department = await DepartmentOfAsync(user);
        if (department is not null && (user.IsInRole(StaffRoles.DepartmentHead) || user.IsInRole(StaffRoles.Executor)))
        {
            return (db.Appeals.Where(a => a.DepartmentId == department), AppealView.Full);
        }

        return user.IsInRole(StaffRoles.Operator)
            ? (db.Appeals, AppealView.StatusOnly)
            : (db.Appeals.Where(_ => false), AppealView.None);
    }

    private async Task<int?> DepartmentOfAsync(ClaimsPrincipal user)
    {
        var claim = user.FindFirstValue(OtklikClaims.EmployeeId);
        if (!int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var employeeId))
        {
            return null;
        }

        return await db.Employees
            .Where(e => e.Id == employeeId && e.IsActive)
            .Select(e => e.DepartmentId)
            .FirstOrDefaultAsync();
    }
}
