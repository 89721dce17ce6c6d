using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Knowledge.Import;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public sealed class ImportModel(OtklikDbContext db, KnowledgeImporter importer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public KnowledgeImport? Current { get; private set; }

    public IReadOnlyList<KnowledgeImportEntry> Problems { get; private set; } = [];

    public IReadOnlyList<KnowledgeImport> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Id is { } id)
        {
            Current = await db.KnowledgeImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
            Problems = await db.KnowledgeImportEntries.AsNoTracking().Where(e => e.ImportId == id && e.Problem != null)
                .OrderBy(e => e.Path).ToListAsync();
            Section ??= Current?.SectionId;
        }

        Recent = await db.KnowledgeImports.AsNoTracking().Where(i => i.SectionId == Section)
            .OrderByDescending(i => i.Id).Take(10).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? archive)
    {
        var result = await importer.StartAsync(Section ?? 0, archive, User);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await OnGetAsync();
            return Page();
        }

        Flash.Put(TempData, "Архив принят, импорт идёт. Обновите страницу, чтобы увидеть ход.");
        return Redirect($"/knowledge/import?id={result.Value!.Id}");
    }
}
