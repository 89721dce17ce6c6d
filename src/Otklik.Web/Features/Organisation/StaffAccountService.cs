using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Organisation;

public sealed record AccountIssued(string Login, string TemporaryPassword);

// Sign-in accounts of employees: creation with a one-time password, roles, blocking.
public sealed class StaffAccountService(
    OtklikDbContext db, UserManager<StaffUser> users, AuditLog audit, TimeProvider time)
{
    public async Task<Result<AccountIssued>> CreateAccountAsync(
        int employeeId, string login, IReadOnlyCollection<string> roles, string? reason, string? password = null)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == employeeId);
        if (employee is null)
        {
            return Errors.NotFound("employee.not_found", "Сотрудник не найден.");
        }

        if (employee.UserId is not null)
        {
            return Errors.Conflict("account.exists",
                "У сотрудника уже есть учётная запись.");
        }

        if (!employee.IsActive)
        {
            return Errors.Conflict("account.employee_inactive",
                "Сотрудник не работает в министерстве: " +
                "учётную запись создать нельзя.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new StaffUser
        {
            UserName = login.Trim(),
            Email = employee.Email,
            DisplayName = employee.ShortName,
            EmployeeId = employee.Id,
            MustChangePassword = password is null,
        };
        var temporary = password ?? NewTemporaryPassword();
        var created = await users.CreateAsync(user, temporary);
        if (!created.Succeeded)
        {
            return IdentityError("account.invalid", created);
        }

        var roleResult = await users.AddToRolesAsync(user, roles.Where(StaffRoles.All.Contains));
        if (!roleResult.Succeeded)
        {
            return IdentityError("account.roles_invalid", roleResult);
        }

        employee.UserId = user.Id;
        audit.Record("account.created", nameof(Employee), employee.Id,
            new { Login = user.UserName, Roles = roles }, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new AccountIssued(user.UserName, temporary);
    }

    public async Task<Result<IReadOnlyList<string>>> SetRolesAsync(
        int employeeId, IReadOnlyCollection<string> roles, string? reason)
    {
        var user = await FindUserAsync(employeeId);
        if (user is null)
        {
            return Errors.NotFound("account.not_found", "У сотрудника нет учётной записи.");
        }

        var wanted = roles.Where(StaffRoles.All.Contains).ToHashSet();
        var current = (await users.GetRolesAsync(user)).ToHashSet();
        if (wanted.SetEquals(current))
        {
            return current.ToList();
        }

        if (current.Contains(StaffRoles.Administrator) && !wanted.Contains(StaffRoles.Administrator)
            && await IsLastAdministratorAsync(user))
        {
            return Errors.Conflict("account.last_administrator",
                "Это единственный администратор: " +
                "сначала назначьте роль администратора " +
                "другому сотруднику.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);

        audit.Record("account.roles_changed", nameof(Employee), employeeId,
            new { before = current.Order().ToArray(), after = wanted.Order().ToArray() }, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return wanted.ToList();
    }

    public async Task<Result<AccountIssued>> ResetPasswordAsync(int employeeId, string? reason)
    {
        var user = await FindUserAsync(employeeId);
        if (user is null)
        {
            return Errors.NotFound("account.not_found", "У сотрудника нет учётной записи.");
        }

        var temporary = NewTemporaryPassword();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, temporary);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);

        audit.Record("account.password_reset", nameof(Employee), employeeId, null, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new AccountIssued(user.UserName!, temporary);
    }

    // A departing employee keeps his history but can no longer sign in.
    public async Task SyncBlockingAsync(Employee employee)
    {
        var user = await FindUserAsync(employee.Id);
        if (user is null)
        {
            return;
        }

        // A fixed far date rather than MaxValue, which the SQLite date encoding cannot hold.
        var now = time.GetUtcNow();
        var blocked = user.LockoutEnd > now.AddYears(50);
        if (blocked == !employee.IsActive)
        {
            return;
        }

        var blockedUntil = employee.IsActive ? (DateTimeOffset?)null : now.AddYears(100);
        if (employee.IsActive && user.LockoutEnd is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetLockoutEndDateAsync(user, blockedUntil);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(employee.IsActive ? "account.unblocked" : "account.blocked", nameof(Employee), employee.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task<bool> IsLastAdministratorAsync(StaffUser user)
    {
        var administrators = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        var now = time.GetUtcNow();
        return administrators.Where(a => a.LockoutEnd is null || a.LockoutEnd <= now).All(a => a.Id == user.Id);
    }

    public Task<StaffUser?> FindUserAsync(int employeeId) =>
        users.Users.FirstOrDefaultAsync(u => u.EmployeeId == employeeId);

    private static string NewTemporaryPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 12);
        return $"{body}-{RandomNumberGenerator.GetInt32(10, 99)}Aa";
    }

    private static Error IdentityError(string code, IdentityResult result) =>
        Errors.Validation(code, string.Join(" ", result.Errors.Select(e => e.Description)));
}
