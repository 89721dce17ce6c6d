using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Otklik.Web.Features.Appeals;

public sealed class IndexModel(AppealAccess access, AppealLists lists) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public IReadOnlyList<Appeal> Rows { get; private set; } = [];

    public AppealView View { get; private set; }

    public Countdown Countdown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (appeals, view) = await access.VisibleAsync(User);
        if (view == AppealView.None)
        {
            return Forbid();
        }

        View = view;
        Countdown = await lists.CountdownAsync();
        var query = appeals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Number))
        {
            query = query.Where(a => a.RegistrationNumber == Number.Trim());
        }

        Rows = await query.OrderByDescending(a => a.Id).Take(200).ToListAsync();
        return Page();
    }
}
