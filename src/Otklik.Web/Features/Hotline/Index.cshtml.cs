using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Hotline;

// The operator's desk: a new call card in one step, the calls still open and the callbacks to make.
public sealed class IndexModel(
    OtklikDbContext db, HotlineService hotline, AppealAccess people, OperatorTraining training) : PageModel
{
    public IReadOnlyList<HotlineCall> Open { get; private set; } = [];

    public IReadOnlyList<HotlineCallback> ToCall { get; private set; } = [];

    public bool IsOperator => User.IsInRole(StaffRoles.Operator);

    // An operator who lacks onboarding or a new service's training sees it here (R15).
    public OperatorStanding? Standing { get; private set; }

    public async Task OnGetAsync()
    {
        var (me, _) = await people.EmployeeOfAsync(User);
        var id = me ?? -1;
        Open = await db.HotlineCalls.AsNoTracking()
            .Where(c => c.State == CallState.Open
                && (c.OperatorId == id || c.Transfers.Any(t => t.ToEmployeeId == id)))
            .OrderByDescending(c => c.Id).Take(50).ToListAsync();
        Standing = IsOperator ? (await training.StandingsAsync()).FirstOrDefault(s => s.Operator.Id == id) : null;
        ToCall = await db.HotlineCallbacks.AsNoTracking()
            .Where(b => b.CallerId == id && b.State == CallbackState.AnswerReady)
            .OrderBy(b => b.PromisedOn).Take(50).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(string? callerPhone, string? callerName)
    {
        var (me, _) = await people.EmployeeOfAsync(User);
        if (!IsOperator || me is null)
        {
            return Forbid();
        }

        var started = await hotline.StartAsync(new IncomingCall(callerPhone, callerName, null), me.Value, "operator");
        if (!started.IsSuccess)
        {
            ModelState.AddError(started.Error!);
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/hotline/calls/{started.Value!.Id}");
    }
}
