using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Knowledge;

// A fact changed (a law amended, a new amount): find every item that rests on it and send them to review.
public sealed class ChangesModel(KnowledgeSearch search, KnowledgeEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<int> Items { get; set; } = [];

    public KnowledgeResults? Found { get; private set; }

    public async Task OnGetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Found = await search.SearchAsync(new IndexQuery(Q, Limit: 50), remember: false);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await editor.MarkFactChangedAsync(Description, Items, User);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await OnGetAsync();
            return Page();
        }

        Flash.Put(TempData, $"На проверку до {result.Value:dd.MM.yyyy} поставлено материалов: {Items.Count}.");
        return Redirect("/knowledge/reviews");
    }
}
