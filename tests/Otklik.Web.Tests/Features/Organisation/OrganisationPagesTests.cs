using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Organisation;

[Trait("Category", "Integration")]
public sealed class OrganisationPagesTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task DemoData_Development_HasMinistryDepartmentsHeadsAndRoles()
    {
        var names = DemoOrganisation.Departments.Select(d => d.Name).ToList();
        var (departments, heads, rehabRoom) = await factory.WithDbAsync(async db => (
            await db.Departments.CountAsync(d => names.Contains(d.Name)),
            await db.Departments.CountAsync(d => names.Contains(d.Name) && d.HeadId != null),
            await db.Departments.Where(d => d.Name.Contains("реабилитации"))
                .Select(d => d.Room).SingleAsync()));

        Assert.InRange(departments, 9, 12);
        Assert.Equal(departments, heads);
        Assert.Equal("512", rehabRoom);
    }

    [Fact]
    public async Task CreateDepartment_Administrator_SavesAndWritesAuditWithReason()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("admin");
        var name = $"Отдел проверки {Guid.NewGuid():N}"[..30];

        var response = await client.PostFormAsync("/organisation/departments/edit",
            [
                new("Name", name), new("Phone", "(8652) 00-00-00"), new("IsActive", "true"),
                new("Reason", "Приказ № 1"),
            ]);
        var (id, audit) = await factory.WithDbAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(d => d.Name == name);
            var entry = await db.AuditEntries.SingleAsync(
                a => a.EntityType == "Department" && a.EntityId == department.Id.ToString());
            return (department.Id, entry);
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/organisation/departments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("department.created", audit.Action);
        Assert.Equal("Приказ № 1", audit.Reason);
        Assert.Contains("Семенов", audit.ActorName);
        Assert.Contains(name, audit.Changes);
    }

    [Fact]
    public async Task CreateDepartment_EmptyNameAndBadEmail_ShowsRussianFieldErrors()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("admin");

        var response = await client.PostFormAsync("/organisation/departments/edit",
            [new("Name", " "), new("Email", "not-an-email"), new("IsActive", "true")]);
        var html = FormClient.Decode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Заполните поле «Название»", html);
        Assert.Contains("Адрес электронной почты указан неверно", html);
    }

    [Fact]
    public async Task EditDepartment_Executor_IsRefused()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("executor-family");

        var response = await client.GetAsync("/organisation/departments/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEmployeeWithAccount_Administrator_IssuesOneTimePasswordAndRoles()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("admin");
        var departmentId = await factory.WithDbAsync(db => db.Departments.Select(d => d.Id).FirstAsync());

        var created = await client.PostFormAsync("/organisation/employees/edit",
        [
            new("LastName", "Петренко"), new("FirstName", "Алла"),
            new("Position", "Консультант"), new("DepartmentId", departmentId.ToString()),
            new("Competences", "пособия\nвыплаты, пособия"), new("IsActive", "true"),
        ]);
        var editUrl = created.Headers.Location!.OriginalString;
        var login = $"petrenko{Guid.NewGuid():N}"[..14];
        var account = await client.PostFormAsync(editUrl,
            [new("NewLogin", login), new("Roles", StaffRoles.Executor)], editUrl + "?handler=Account");
        var page = FormClient.Decode(await client.GetStringAsync(editUrl));
        var employee = await factory.WithDbAsync(
            db => db.Employees.SingleAsync(e => e.UserId != null && e.LastName == "Петренко"));

        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Contains("Временный пароль", page);
        Assert.Equal(["пособия", "выплаты"], employee.Competences);

        var password = System.Text.RegularExpressions.Regex.Match(page, "<p class=\"secret\">([^<]+)</p>")
            .Groups[1].Value;
        var newcomer = factory.CreateBrowserLikeClient();
        await newcomer.SignInOrFailAsync(login, password);
        var forced = await newcomer.GetAsync("/staff");
        Assert.Equal("/account/change-password", forced.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DeactivateEmployee_WithAccount_BlocksSignIn()
    {
        var login = await factory.CreateStaffAsync(null, [StaffRoles.Executor]);
        var employeeId = await factory.WithDbAsync(db =>
            db.Employees.Where(e => e.UserId == db.Users.Where(u => u.UserName == login).Select(u => u.Id).First())
                .Select(e => e.Id).SingleAsync());
        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInOrFailAsync("admin");

        var saved = await admin.PostFormAsync($"/organisation/employees/edit/{employeeId}",
            [new("LastName", "Тестов"), new("FirstName", "Тест"), new("Position", "Специалист")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var attempt = await factory.CreateBrowserLikeClient().SignInAsync(login, OtklikFactory.StaffPassword);
        var blocked = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(
            a => a.Action == "account.blocked" && a.EntityId == employeeId.ToString()));

        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Contains("заблокирован", FormClient.Decode(await attempt.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.True(blocked);
    }

    [Fact]
    public async Task Directory_AnyStaff_ListsDepartmentsAndEmployees()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("operator2");

        var departments = FormClient.Decode(await client.GetStringAsync("/organisation/departments"));
        var employees = FormClient.Decode(
            await client.GetStringAsync("/organisation/employees?q=реабилитац"));

        Assert.Contains("Отдел кадров и государственной службы", departments);
        Assert.DoesNotContain("add-department", departments);
        Assert.Contains("Павлов Игорь Анатольевич", employees);
        Assert.DoesNotContain("Орлова", employees);
    }

    [Fact]
    public async Task CreateAccount_InactiveEmployee_IsRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var organisation = scope.ServiceProvider.GetRequiredService<OrganisationService>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        var employee = await organisation.SaveEmployeeAsync(null,
            new EmployeeInput(
                "Уволенов", "Пётр", null, "Специалист", null, null, null, null, [], false, null));

        var result = await accounts.CreateAccountAsync(
            employee.Value!.Id, $"gone{Guid.NewGuid():N}"[..12], [StaffRoles.Executor], null);

        Assert.Equal("account.employee_inactive", result.Error?.Code);
    }

    [Fact]
    public async Task RemoveAdministratorRole_LastActiveAdministrator_IsRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        var users = scope.ServiceProvider.GetRequiredService<
            Microsoft.AspNetCore.Identity.UserManager<Otklik.Web.Infrastructure.Identity.StaffUser>>();
        var administrators = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        var admin = Assert.Single(administrators);

        var result = await accounts.SetRolesAsync(admin.EmployeeId!.Value, [StaffRoles.Executor], "проверка");

        Assert.Equal("account.last_administrator", result.Error?.Code);
    }
}
