using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation.Departments;

[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(OtklikDbContext db, OrganisationService organisation) : PageModel
{
    [FromRoute]
    public int? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ShortName { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Room { get; set; }

    [BindProperty]
    public int? HeadId { get; set; }

    // An unchecked box posts nothing, so the bound default must be "not active".
    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Employee> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        IsActive = true;
        if (Id is not null)
        {
            var d = await db.Departments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id);
            if (d is null)
            {
                return NotFound();
            }

            (Name, ShortName, Description, Phone, Email, Room, HeadId, IsActive) =
                (d.Name, d.ShortName, d.Description, d.Phone, d.Email, d.Room, d.HeadId, d.IsActive);
        }

        await LoadCandidatesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new DepartmentInput(
            Name ?? "", ShortName, Description, Phone, Email, Room, HeadId, IsActive, Reason);
        var result = await organisation.SaveDepartmentAsync(Id, input);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await LoadCandidatesAsync();
            return Page();
        }

        Flash.Put(TempData, $"Отдел «{result.Value!.Name}» сохранён.");
        return Redirect($"/organisation/departments/{result.Value.Id}");
    }

    private async Task LoadCandidatesAsync() =>
        Candidates = Id is null
            ? []
            : await db.Employees.AsNoTracking().Where(e => e.DepartmentId == Id && e.IsActive)
                .OrderBy(e => e.LastName).ToListAsync();
}
