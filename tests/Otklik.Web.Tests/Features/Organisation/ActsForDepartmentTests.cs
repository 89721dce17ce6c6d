using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Organisation;

[Trait("Category", "Integration")]
public sealed class ActsForDepartmentTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task ActsForDepartment_MemberOwnDepartment_Succeeds()
    {
        var (employeeId, departmentId) = await EmployeeAsync("Павлов");

        Assert.True(await ActsAsync(User(employeeId), departmentId));
    }

    [Fact]
    public async Task ActsForDepartment_MemberOtherDepartment_Fails()
    {
        var (employeeId, _) = await EmployeeAsync("Павлов");
        var (_, otherDepartment) = await EmployeeAsync("Никитина");

        Assert.False(await ActsAsync(User(employeeId), otherDepartment));
    }

    [Fact]
    public async Task ActsForDepartment_Leadership_SucceedsEverywhere()
    {
        var (_, departmentId) = await EmployeeAsync("Никитина");

        Assert.True(await ActsAsync(User(null, StaffRoles.Leadership), departmentId));
    }

    [Fact]
    public async Task ActsForDepartment_AdministratorOfAnotherDepartment_Fails()
    {
        var (adminEmployee, _) = await EmployeeAsync("Семенов");
        var (_, departmentId) = await EmployeeAsync("Никитина");

        Assert.False(await ActsAsync(User(adminEmployee, StaffRoles.Administrator), departmentId));
    }

    private static ClaimsPrincipal User(int? employeeId, params string[] roles)
    {
        var identity = new ClaimsIdentity("test");
        if (employeeId is not null)
        {
            identity.AddClaim(new Claim(OtklikClaims.EmployeeId, employeeId.Value.ToString()));
        }

        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(identity);
    }

    private Task<(int EmployeeId, int DepartmentId)> EmployeeAsync(string lastName) =>
        factory.WithDbAsync(async db => await db.Employees.Where(e => e.LastName == lastName)
            .Select(e => new ValueTuple<int, int>(e.Id, e.DepartmentId!.Value)).SingleAsync());

    private async Task<bool> ActsAsync(ClaimsPrincipal user, int departmentId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return await authorization.ActsForDepartmentAsync(user, departmentId);
    }
}
