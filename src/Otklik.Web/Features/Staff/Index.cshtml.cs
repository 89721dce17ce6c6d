using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Staff;

public sealed class IndexModel(OtklikDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public Department? Department { get; private set; }

    public int UnreadReminders { get; private set; }

    public int UnreadReviewReminders { get; private set; }

    // Hotline callbacks waiting for this employee's department to answer, and answered ones he must make.
    public int CallbacksToAnswer { get; private set; }

    public int CallbacksToMake { get; private set; }

    public async Task OnGetAsync()
    {
        DisplayName = Actor.From(User).Name;
        Roles = StaffRoles.All.Where(User.IsInRole).ToList();

        if (int.TryParse(User.FindFirst(OtklikClaims.EmployeeId)?.Value, out var employeeId))
        {
            Department = await db.Employees
                .Where(e => e.Id == employeeId)
                .Select(e => e.Department)
                .FirstOrDefaultAsync();
            UnreadReminders = await db.StaffReminders.CountAsync(r => r.EmployeeId == employeeId && r.ReadAt == null);
            UnreadReviewReminders = await db.KnowledgeReminders
                .CountAsync(r => r.EmployeeId == employeeId && r.ReadAt == null);
            var department = Department?.Id ?? -1;
            CallbacksToAnswer = await db.HotlineCallbacks.CountAsync(b => b.State == Hotline.CallbackState.Waiting
                && b.DepartmentId == department);
            CallbacksToMake = await db.HotlineCallbacks.CountAsync(b => b.State == Hotline.CallbackState.AnswerReady
                && b.CallerId == employeeId);
        }
    }
}
