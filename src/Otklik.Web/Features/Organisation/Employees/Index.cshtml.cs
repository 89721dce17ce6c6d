using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation.Employees;

public sealed class IndexModel(OtklikDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Department { get; set; }

    public IReadOnlyList<Employee> Employees { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public bool CanEdit => User.IsInRole(StaffRoles.Administrator);

    public async Task OnGetAsync()
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync();

        var query = db.Employees.AsNoTracking().Include(e => e.Department).Where(e => e.IsActive);
        if (Department is not null)
        {
            query = query.Where(e => e.DepartmentId == Department);
        }

        var all = await query.OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ToListAsync();
        Employees = string.IsNullOrWhiteSpace(Q) ? all : all.Where(e => Matches(e, Q.Trim())).ToList();
    }

    // A ministry has hundreds of staff, so matching in memory is cheap and case rules stay the same on every database.
    private static bool Matches(Employee e, string q) =>
        e.FullName.Contains(q, StringComparison.CurrentCultureIgnoreCase)
        || e.Position.Contains(q, StringComparison.CurrentCultureIgnoreCase)
        || e.Competences.Any(c => c.Contains(q, StringComparison.CurrentCultureIgnoreCase));
}
