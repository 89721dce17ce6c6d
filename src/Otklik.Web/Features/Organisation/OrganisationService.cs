using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Organisation;

public sealed partial class OrganisationService(OtklikDbContext db, AuditLog audit, ILogger<OrganisationService> logger)
{
    public async Task<Result<Department>> SaveDepartmentAsync(int? id, DepartmentInput input)
    {
        var department = id is null ? null : await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (id is not null && department is null)
        {
            return Errors.NotFound("department.not_found", "Отдел не найден.");
        }

        var invalid = await ValidateAsync(id, input);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = department is null ? null : Snapshot(department);
        department ??= db.Departments.Add(new Department { Name = input.Name.Trim() }).Entity;
        Apply(department, input);
        await db.SaveChangesAsync();

        audit.Record(before is null ? "department.created" : "department.updated", nameof(Department), department.Id,
            new { before, after = Snapshot(department) }, input.Reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Log.DepartmentSaved(logger, department.Id);
        return department;
    }

    public async Task<Result<Employee>> SaveEmployeeAsync(int? id, EmployeeInput input)
    {
        var employee = id is null ? null : await db.Employees.FirstOrDefaultAsync(e => e.Id == id);
        if (id is not null && employee is null)
        {
            return Errors.NotFound("employee.not_found", "Сотрудник не найден.");
        }

        var invalid = await ValidateAsync(input);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = employee is null ? null : Snapshot(employee);
        employee ??= db.Employees.Add(new Employee { LastName = "", FirstName = "", Position = "" }).Entity;
        Apply(employee, input);
        await db.SaveChangesAsync();

        audit.Record(before is null ? "employee.created" : "employee.updated", nameof(Employee), employee.Id,
            new { before, after = Snapshot(employee) }, input.Reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Log.EmployeeSaved(logger, employee.Id);
        return employee;
    }

    private async Task<Error?> ValidateAsync(int? id, DepartmentInput input)
    {
        var errors = new Dictionary<string, string[]>();
        InputRules.Required(errors, nameof(input.Name), input.Name, "Название", 300);
        InputRules.Optional(errors, nameof(input.ShortName), input.ShortName, "Краткое название", 50);
        InputRules.Optional(errors, nameof(input.Description), input.Description,
            "Чем занимается отдел", 2000);
        InputRules.Optional(errors, nameof(input.Phone), input.Phone, "Телефон", 50);
        InputRules.Optional(errors, nameof(input.Room), input.Room, "Кабинет", 50);
        InputRules.Email(errors, nameof(input.Email), input.Email);

        var name = input.Name?.Trim();
        if (name is not null && await db.Departments.AnyAsync(d => d.Name == name && d.Id != id))
        {
            errors[nameof(input.Name)] = ["Отдел с таким названием уже есть."];
        }

        var headValid = input.HeadId is null || await db.Employees.AnyAsync(
            e => e.Id == input.HeadId && e.IsActive && e.DepartmentId == id);
        if (!headValid)
        {
            errors[nameof(input.HeadId)] = ["Начальником может быть только " +
                "работающий сотрудник этого отдела."];
        }

        return errors.Count == 0
            ? null
            : Errors.Validation("department.invalid", "Исправьте ошибки в форме.", errors);
    }

    private async Task<Error?> ValidateAsync(EmployeeInput input)
    {
        var errors = new Dictionary<string, string[]>();
        InputRules.Required(errors, nameof(input.LastName), input.LastName, "Фамилия", 100);
        InputRules.Required(errors, nameof(input.FirstName), input.FirstName, "Имя", 100);
        InputRules.Optional(errors, nameof(input.MiddleName), input.MiddleName, "Отчество", 100);
        InputRules.Required(errors, nameof(input.Position), input.Position, "Должность", 300);
        InputRules.Optional(errors, nameof(input.Room), input.Room, "Кабинет", 50);
        InputRules.Optional(errors, nameof(input.Phone), input.Phone, "Телефон", 50);
        InputRules.Email(errors, nameof(input.Email), input.Email);

        if (input.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId))
        {
            errors[nameof(input.DepartmentId)] = ["Выберите отдел из списка."];
        }

        return errors.Count == 0
            ? null
            : Errors.Validation("employee.invalid", "Исправьте ошибки в форме.", errors);
    }

    private static void Apply(Department department, DepartmentInput input)
    {
        department.Name = input.Name.Trim();
        department.ShortName = InputRules.Clean(input.ShortName);
        department.Description = InputRules.Clean(input.Description);
        department.Phone = InputRules.Clean(input.Phone);
        department.Email = InputRules.Clean(input.Email);
        department.Room = InputRules.Clean(input.Room);
        department.HeadId = input.HeadId;
        department.IsActive = input.IsActive;
    }

    private static void Apply(Employee employee, EmployeeInput input)
    {
        employee.LastName = input.LastName.Trim();
        employee.FirstName = input.FirstName.Trim();
        employee.MiddleName = InputRules.Clean(input.MiddleName);
        employee.Position = input.Position.Trim();
        employee.Room = InputRules.Clean(input.Room);
        employee.Phone = InputRules.Clean(input.Phone);
        employee.Email = InputRules.Clean(input.Email);
        employee.DepartmentId = input.DepartmentId;
        employee.Competences = [.. input.Competences.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct()];
        employee.IsActive = input.IsActive;
    }

    private static object Snapshot(Department d) =>
        new { d.Name, d.ShortName, d.Description, d.Phone, d.Email, d.Room, d.HeadId, d.IsActive };

    private static object Snapshot(Employee e) => new
    {
        e.LastName,
        e.FirstName,
        e.MiddleName,
        e.Position,
        e.Room,
        e.Phone,
        e.Email,
        e.DepartmentId,
        Competences = e.Competences.ToArray(),
        e.IsActive,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Department {DepartmentId} saved")]
        public static partial void DepartmentSaved(ILogger logger, int departmentId);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Employee {EmployeeId} saved")]
        public static partial void EmployeeSaved(ILogger logger, int employeeId);
    }
}
