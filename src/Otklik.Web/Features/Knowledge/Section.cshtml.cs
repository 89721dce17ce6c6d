using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public sealed class SectionModel(OtklikDbContext db, KnowledgeAccess access, KnowledgeReviews reviews) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public KnowledgeSection Section { get; private set; } = null!;

    public string Department { get; private set; } = "";

    public string? Head { get; private set; }

    public SectionRights Rights { get; private set; } = new(false, false);

    public IReadOnlyList<KnowledgeItem> Items { get; private set; } = [];

    public IReadOnlyList<KnowledgeReview> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Items = await db.KnowledgeItems.AsNoTracking().Where(i => i.SectionId == Id)
            .OrderBy(i => i.IsArchived).ThenBy(i => i.Type).ThenBy(i => i.Title).ToListAsync();
        History = await db.KnowledgeReviews.AsNoTracking().Where(r => r.SectionId == Id && r.ItemId == null)
            .OrderByDescending(r => r.RecordedAt).Take(10).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(bool changed, string? note)
    {
        var result = await reviews.RecordAsync(Id, null, changed, note, User);
        if (!result.IsSuccess)
        {
            return result.Error!.Status == StatusCodes.Status404NotFound ? NotFound() : Forbid();
        }

        Flash.Put(TempData, "Проверка раздела записана.");
        return Redirect($"/knowledge/sections/{Id}");
    }

    private async Task<bool> LoadAsync()
    {
        var section = await db.KnowledgeSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == Id);
        if (section is null)
        {
            return false;
        }

        var department = await db.Departments.AsNoTracking().Include(d => d.Head)
            .FirstAsync(d => d.Id == section.DepartmentId);
        (Section, Department, Head) = (section, department.Name, department.Head?.FullName);
        Rights = await access.RightsAsync(User, Section);
        return true;
    }
}
