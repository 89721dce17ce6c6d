using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

public sealed class RemindersModel(OtklikDbContext db, AppealAccess access, TimeProvider time) : PageModel
{
    public IReadOnlyList<StaffReminder> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var (employeeId, _) = await access.EmployeeOfAsync(User);
        Rows = employeeId is null
            ? []
            : await db.StaffReminders.AsNoTracking().Where(r => r.EmployeeId == employeeId)
                .OrderBy(r => r.ReadAt != null).ThenByDescending(r => r.Id).Take(200).ToListAsync();
    }

    public async Task<IActionResult> OnPostReadAsync()
    {
        var (employeeId, _) = await access.EmployeeOfAsync(User);
        var now = time.GetUtcNow();
        await db.StaffReminders.Where(r => r.EmployeeId == employeeId && r.ReadAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ReadAt, now));
        return Redirect("/appeals/reminders");
    }
}
