using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation;

public static class Policies
{
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
    public const string ActsForDepartment = "ActsForDepartment";
}

// The resource of the "acts for department X" policy.
public sealed record DepartmentScope(int DepartmentId);

public sealed class ActsForDepartmentRequirement : IAuthorizationRequirement;

// Leadership acts for every department; anyone else only for the department he works in.
// Administrators manage the organisation but see no department's casework by that role alone.
public sealed class ActsForDepartmentHandler(OtklikDbContext db)
    : AuthorizationHandler<ActsForDepartmentRequirement, DepartmentScope>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, ActsForDepartmentRequirement requirement, DepartmentScope resource)
    {
        if (context.User.IsInRole(StaffRoles.Leadership))
        {
            context.Succeed(requirement);
            return;
        }

        var employeeClaim = context.User.FindFirstValue(OtklikClaims.EmployeeId);
        if (!int.TryParse(employeeClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var employeeId))
        {
            return;
        }

        // Read live so that a transfer to another department takes effect at once.
        var departmentId = await db.Employees
            .Where(e => e.Id == employeeId && e.IsActive)
            .Select(e => e.DepartmentId)
            .FirstOrDefaultAsync();

        if (departmentId == resource.DepartmentId)
        {
            context.Succeed(requirement);
        }
    }
}

public static class DepartmentAuthorizationExtensions
{
    public static async Task<bool> ActsForDepartmentAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, int departmentId)
    {
        var result = await authorization.AuthorizeAsync(
            user, new DepartmentScope(departmentId), Policies.ActsForDepartment);
        return result.Succeeded;
    }
}
