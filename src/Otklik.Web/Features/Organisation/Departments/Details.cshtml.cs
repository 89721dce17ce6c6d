using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation.Departments;

public sealed class DetailsModel(OtklikDbContext db) : PageModel
{
    public Department Department { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(StaffRoles.Administrator);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var department = await db.Departments.AsNoTracking()
            .Include(d => d.Head).Include(d => d.Employees)
            .FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return NotFound();
        }

        Department = department;
        return Page();
    }
}
