using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

// Every saved version with author, time and reason; any two compared; an old one restored (R29.2).
public sealed class HistoryModel(OtklikDbContext db, KnowledgeAccess access, KnowledgeEditor editor) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public KnowledgeItem Item { get; private set; } = null!;

    public IReadOnlyList<KnowledgeVersion> Versions { get; private set; } = [];

    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var item = await db.KnowledgeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        var section = await db.KnowledgeSections.AsNoTracking().FirstAsync(s => s.Id == item.SectionId);
        CanEdit = (await access.RightsAsync(User, section)).CanEdit;
        Versions = await db.KnowledgeVersions.AsNoTracking().Where(v => v.ItemId == Id)
            .OrderByDescending(v => v.Number).ToListAsync();

        To ??= item.Version;
        From ??= To - 1;
        var older = Versions.FirstOrDefault(v => v.Number == From);
        var newer = Versions.FirstOrDefault(v => v.Number == To);
        if (newer is not null)
        {
            var before = older is null ? string.Empty : VersionDiff.TextOf(older);
            Diff = VersionDiff.Compare(before, VersionDiff.TextOf(newer));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, int revision)
    {
        var result = await editor.RestoreAsync(Id, revision, number, User);
        Flash.Put(TempData, result.IsSuccess
            ? $"Восстановлена версия {number}; сохранена как версия {result.Value!.Version}."
            : result.Error!.Message);
        return Redirect($"/knowledge/items/{Id}/history");
    }
}
