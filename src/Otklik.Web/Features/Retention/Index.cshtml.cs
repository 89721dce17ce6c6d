using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Retention;

// The dry-run report: what the next purge would remove and what a legal hold keeps.
[Authorize(Roles = $"{StaffRoles.Administrator},{StaffRoles.Leadership}")]
public sealed class IndexModel(RetentionService retention) : PageModel
{
    public RetentionPlan Plan { get; private set; } = null!;

    public async Task OnGetAsync() => Plan = await retention.PlanAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var purged = await retention.PurgeAsync(HttpContext.RequestAborted);
        Flash.Put(TempData, $"Удалено обращений: {purged}.");
        return Redirect("/retention");
    }
}
