using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

// Due and overdue reviews of the sections the user answers for (R29.1), and his reminders about them.
public sealed class ReviewsModel(
    KnowledgeReviews reviews, OtklikDbContext db, AppealAccess people, TimeProvider time) : PageModel
{
    public IReadOnlyList<SectionReviewState> Sections { get; private set; } = [];

    public IReadOnlyList<KnowledgeReminder> Reminders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Sections = await reviews.DueAsync(User);
        var (employeeId, _) = await people.EmployeeOfAsync(User);
        Reminders = await db.KnowledgeReminders.AsNoTracking().Where(r => r.EmployeeId == employeeId)
            .OrderByDescending(r => r.CreatedAt).Take(20).ToListAsync();
    }

    public async Task<IActionResult> OnPostReadAsync()
    {
        var (employeeId, _) = await people.EmployeeOfAsync(User);
        var now = time.GetUtcNow();
        await db.KnowledgeReminders.Where(r => r.EmployeeId == employeeId && r.ReadAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ReadAt, now));
        return Redirect("/knowledge/reviews");
    }
}
