using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Appeals;

public sealed class BoardModel(AppealLists lists) : PageModel
{
    public Board Board { get; private set; } = null!;

    public Countdown Countdown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await lists.BoardAsync(User) is not { } board)
        {
            return Forbid();
        }

        Board = board;
        Countdown = await lists.CountdownAsync();
        return Page();
    }
}
