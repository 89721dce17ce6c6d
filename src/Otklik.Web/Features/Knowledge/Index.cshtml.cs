using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public sealed record SectionRow(KnowledgeSection Section, string Department, int Items);

// The base's front page: search for every employee, and the sections with their owners.
public sealed class IndexModel(OtklikDbContext db, KnowledgeSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public KnowledgeResults? Results { get; private set; }

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public bool Reported { get; private set; }

    public async Task OnGetAsync()
    {
        var counts = await db.KnowledgeItems.Where(i => !i.IsArchived).GroupBy(i => i.SectionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        Sections = [.. (await db.KnowledgeSections.AsNoTracking().OrderBy(s => s.Title).ToListAsync())
            .Select(s => new SectionRow(s, departments.GetValueOrDefault(s.DepartmentId, ""),
                counts.GetValueOrDefault(s.Id)))];
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Results = await search.SearchAsync(
                new IndexQuery(Q, Section, MaterialTypes.Parse(Type), 20), remember: true);
        }
    }

    public async Task<IActionResult> OnPostNotUsefulAsync(long searchId)
    {
        await search.MarkNotUsefulAsync(searchId);
        Shared.Flash.Put(TempData, "Спасибо: вопрос передан ответственным за базу знаний как пробел в ней.");
        return Redirect("/knowledge");
    }
}
