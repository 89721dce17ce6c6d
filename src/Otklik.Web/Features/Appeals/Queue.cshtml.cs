using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Appeals;

[Authorize(Roles = $"{StaffRoles.Operator},{StaffRoles.Executor},{StaffRoles.DepartmentHead},{StaffRoles.Leadership}")]
public sealed class QueueModel(RegistrationDesk queue, TimeProvider time, IOptions<WorkingHoursOptions> hours)
    : PageModel
{
    public IReadOnlyList<QueuedItem> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Items = await queue.ListAsync();
        Today = TimeZones.Today(time, hours.Value.TimeZone);
    }

    public async Task<IActionResult> OnPostRegisterAsync(int id)
    {
        var result = await queue.RegisterAsync(id);
        Flash.Put(TempData, result.IsSuccess
            ? $"Зарегистрировано: № {result.Value!.RegistrationNumber}, код для заявителя {result.Value.TrackingCode}."
            : result.Error!.Message);
        return Redirect("/appeals/queue");
    }
}
