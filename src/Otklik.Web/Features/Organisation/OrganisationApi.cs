using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Organisation;

// Response shapes are separate from entities so that the API stays stable when the model changes.
public sealed record DepartmentResponse(
    int Id, string Name, string? ShortName, string? Phone, string? Email, string? Room, EmployeeSummary? Head,
    bool IsActive);

public sealed record EmployeeSummary(int Id, string FullName, string Position);

public sealed record EmployeeResponse(
    int Id, string FullName, string Position, int? DepartmentId, string? Room, string? Phone, string? Email,
    IReadOnlyList<string> Competences);

public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Organisation").RequireScope(ApiScopes.OrganisationRead);

        group.MapGet("/departments", ListDepartmentsAsync).WithSummary("Departments of the ministry");
        group.MapGet("/departments/{id:int}", GetDepartmentAsync).WithSummary("One department")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/employees", ListEmployeesAsync)
            .WithSummary("Active employees, optionally of one department or competent in a topic");
        group.MapGet("/employees/{id:int}", GetEmployeeAsync).WithSummary("One employee")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<DepartmentResponse>>> ListDepartmentsAsync(OtklikDbContext db)
    {
        var departments = await db.Departments.AsNoTracking().Include(d => d.Head).OrderBy(d => d.Name).ToListAsync();
        return TypedResults.Ok(departments.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<DepartmentResponse>, ProblemHttpResult>> GetDepartmentAsync(
        int id, OtklikDbContext db)
    {
        var department = await db.Departments.AsNoTracking().Include(d => d.Head).FirstOrDefaultAsync(d => d.Id == id);
        return department is null
            ? Problem(Errors.NotFound("department.not_found", $"Отдел {id} не найден."))
            : TypedResults.Ok(ToResponse(department));
    }

    private static async Task<Ok<List<EmployeeResponse>>> ListEmployeesAsync(
        OtklikDbContext db, int? departmentId, string? competence)
    {
        var query = db.Employees.AsNoTracking().Where(e => e.IsActive);
        if (departmentId is not null)
        {
            query = query.Where(e => e.DepartmentId == departmentId);
        }

        if (!string.IsNullOrWhiteSpace(competence))
        {
            query = query.Where(e => e.Competences.Contains(competence.Trim()));
        }

        var employees = await query.OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ToListAsync();
        return TypedResults.Ok(employees.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<EmployeeResponse>, ProblemHttpResult>> GetEmployeeAsync(
        int id, OtklikDbContext db)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        return employee is null
            ? Problem(Errors.NotFound("employee.not_found", $"Сотрудник {id} не найден."))
            : TypedResults.Ok(ToResponse(employee));
    }

    private static DepartmentResponse ToResponse(Department d) => new(
        d.Id, d.Name, d.ShortName, d.Phone, d.Email, d.Room,
        d.Head is null ? null : new EmployeeSummary(d.Head.Id, d.Head.FullName, d.Head.Position), d.IsActive);

    private static EmployeeResponse ToResponse(Employee e) => new(
        e.Id, e.FullName, e.Position, e.DepartmentId, e.Room, e.Phone, e.Email, e.Competences);

    private static ProblemHttpResult Problem(Error error) => error.ToProblem();
}
