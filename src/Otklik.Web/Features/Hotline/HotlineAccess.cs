using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Hotline;

// Who sees a call: the hotline's operators and the leadership see the whole log; a head sees the calls that
// reached his department by a transfer, a department's staff the calls it must call back on; anyone sees a
// call transferred to him. Only the operator and the people the call was transferred to write on its card;
// the caller's history is for the operators and the leadership alone.
public sealed class HotlineAccess(OtklikDbContext db, AppealAccess people)
{
    public static bool SeesAll(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Operator) || user.IsInRole(StaffRoles.Leadership);

    public async Task<IQueryable<HotlineCall>> VisibleAsync(ClaimsPrincipal user)
    {
        if (SeesAll(user))
        {
            return db.HotlineCalls;
        }

        var (employee, department) = await people.EmployeeOfAsync(user);
        var me = employee ?? -1;
        var head = user.IsInRole(StaffRoles.DepartmentHead) ? department ?? -1 : -1;
        var own = department ?? -1;
        return db.HotlineCalls.Where(c => c.OperatorId == me
            || c.Transfers.Any(t => t.ToEmployeeId == me
                || db.Employees.Any(e => e.Id == t.ToEmployeeId && e.DepartmentId == head))
            || db.HotlineCallbacks.Any(b => b.CallId == c.Id && (b.DepartmentId == own || b.CallerId == me)));
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, HotlineCall call) =>
        SeesAll(user) || await (await VisibleAsync(user)).AnyAsync(c => c.Id == call.Id);

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, HotlineCall call)
    {
        var (employee, _) = await people.EmployeeOfAsync(user);
        return employee is { } me && (call.OperatorId == me || call.Transfers.Any(t => t.ToEmployeeId == me));
    }

    // Callbacks: the operators make them; a department sees the ones it must answer.
    public async Task<IQueryable<HotlineCallback>> CallbacksAsync(ClaimsPrincipal user)
    {
        if (SeesAll(user))
        {
            return db.HotlineCallbacks;
        }

        var (employee, department) = await people.EmployeeOfAsync(user);
        var me = employee ?? -1;
        var own = department ?? -1;
        return db.HotlineCallbacks.Where(b => b.DepartmentId == own || b.CallerId == me);
    }
}
