using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

[Authorize(Policy = Policies.Administrator)]
public sealed class SectionsModel(OtklikDbContext db, KnowledgeSections sections) : PageModel
{
    [BindProperty]
    public int? EditId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? DepartmentId { get; set; }

    public IReadOnlyList<KnowledgeSection> Rows { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await db.KnowledgeSections.AsNoTracking().OrderBy(s => s.Title).ToListAsync();
        Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new SectionInput(Title, Description, DepartmentId);
        var result = EditId is { } id
            ? await sections.UpdateAsync(id, input, User)
            : await sections.CreateAsync(input, User);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await OnGetAsync();
            return Page();
        }

        Flash.Put(TempData, $"Раздел «{result.Value!.Title}» сохранён.");
        return Redirect("/knowledge/sections");
    }
}
