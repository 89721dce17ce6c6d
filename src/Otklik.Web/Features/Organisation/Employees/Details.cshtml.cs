using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation.Employees;

public sealed class DetailsModel(OtklikDbContext db) : PageModel
{
    public Employee Employee { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(StaffRoles.Administrator);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var employee = await db.Employees.AsNoTracking()
            .Include(e => e.Department)
            .FirstOrDefaultAsync(e => e.Id == id);
        if (employee is null)
        {
            return NotFound();
        }

        Employee = employee;
        return Page();
    }
}
