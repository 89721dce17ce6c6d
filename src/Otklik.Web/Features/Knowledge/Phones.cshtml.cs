using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

// The staff phone directory (R28.2), read from the staff directory on every request so it is never stale.
public sealed class PhonesModel(OtklikDbContext db) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive)
            .Include(d => d.Employees.Where(e => e.IsActive).OrderBy(e => e.LastName))
            .OrderBy(d => d.Name).ToListAsync();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            foreach (var d in departments)
            {
                d.Employees = [.. d.Employees.Where(e => e.FullName.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || e.Position.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || d.Name.Contains(q, StringComparison.OrdinalIgnoreCase))];
            }

            departments = [.. departments.Where(d => d.Employees.Count > 0)];
        }

        Departments = departments;
    }
}
