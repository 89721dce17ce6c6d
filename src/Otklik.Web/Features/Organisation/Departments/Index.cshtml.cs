using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Organisation.Departments;

public sealed record DepartmentRow(
    int Id, string Name, string? Head, string? Phone, string? Room, int EmployeeCount, bool IsActive);

public sealed class IndexModel(OtklikDbContext db) : PageModel
{
    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];

    public bool CanEdit => User.IsInRole(StaffRoles.Administrator);

    public async Task OnGetAsync()
    {
        var rows = await db.Departments
            .OrderByDescending(d => d.IsActive).ThenBy(d => d.Name)
            .Select(d => new
            {
                d.Id,
                d.Name,
                d.Phone,
                d.Room,
                d.IsActive,
                Head = d.Head == null ? null : new { d.Head.LastName, d.Head.FirstName, d.Head.MiddleName },
                Count = d.Employees.Count(e => e.IsActive),
            })
            .ToListAsync();

        Departments = rows.Select(r => new DepartmentRow(r.Id, r.Name,
            r.Head == null ? null : $"{r.Head.LastName} {r.Head.FirstName} {r.Head.MiddleName}".TrimEnd(),
            r.Phone, r.Room, r.Count, r.IsActive)).ToList();
    }
}
