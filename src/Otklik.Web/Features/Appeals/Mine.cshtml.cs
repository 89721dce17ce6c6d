using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Appeals;

public sealed class MineModel(AppealLists lists) : PageModel
{
    public IReadOnlyList<Appeal> Rows { get; private set; } = [];

    public Countdown Countdown { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Rows = await lists.MineAsync(User);
        Countdown = await lists.CountdownAsync();
    }
}
