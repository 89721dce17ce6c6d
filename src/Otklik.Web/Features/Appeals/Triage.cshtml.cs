using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Appeals;

public sealed class TriageModel(AppealLists lists) : PageModel
{
    public IReadOnlyList<Appeal> Rows { get; private set; } = [];

    public Countdown Countdown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await lists.TriageQueueAsync(User) is not { } rows)
        {
            return Forbid();
        }

        Rows = rows;
        Countdown = await lists.CountdownAsync();
        return Page();
    }
}
