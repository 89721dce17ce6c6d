using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Infrastructure.Seeding;

// Roles always; the demo ministry in Development; otherwise only a bootstrap administrator.
public sealed partial class StartupSeeder(
    OtklikDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    OrganisationService organisation,
    StaffAccountService accounts,
    ApiTokenService tokens,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider time,
    Features.Calendar.CalendarCache calendar,
    Features.Reception.ReceptionSlots reception,
    ILogger<StartupSeeder> logger)
{
    public const string DemoToken = "otk_demo_integration_token_for_development_only";

    public async Task SeedAsync()
    {
        foreach (var role in StaffRoles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            // Another node starting at the same moment may create it first; the unique index keeps one.
            var created = IdentityResult.Failed();
            try
            {
                created = await roles.CreateAsync(new IdentityRole(role));
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }

            if (!created.Succeeded && !roles.Roles.Any(x => x.Name == role))
            {
                throw new InvalidOperationException($"Role {role} could not be created.");
            }
        }

        await FillClientNameKeysAsync();

        // Demo accounts have published passwords, so they never reach anything but a development machine.
        var demo = environment.IsDevelopment() && configuration.GetValue("Otklik:SeedDemoData", true);
        if (demo && !await db.Departments.AnyAsync())
        {
            await SeedDemoAsync();
            Log.DemoSeeded(logger);
            return;
        }

        if (!demo && !await users.Users.AnyAsync())
        {
            await SeedBootstrapAdministratorAsync();
        }
    }

    // Clients registered before the name key existed get it here, once: SQLite cannot upper-case Cyrillic
    // in SQL, so a migration could not fill it.
    private async Task FillClientNameKeysAsync()
    {
        foreach (var client in await db.Clients.Where(c => c.NameKey == "").ToListAsync())
        {
            client.Name = client.Name;
        }

        await db.SaveChangesAsync();
    }

    private async Task SeedDemoAsync()
    {
        var departmentIds = new Dictionary<string, int>();
        foreach (var d in DemoOrganisation.Departments)
        {
            var saved = await organisation.SaveDepartmentAsync(null, new DepartmentInput(
                d.Name, d.ShortName, d.Description, d.Phone, null, d.Room, null, true,
                "Демонстрационные данные"));
            departmentIds[d.Key] = saved.Value!.Id;
        }

        foreach (var e in DemoOrganisation.Employees)
        {
            var departmentId = e.DepartmentKey is null ? (int?)null : departmentIds[e.DepartmentKey];
            var saved = (await organisation.SaveEmployeeAsync(null, new EmployeeInput(
                e.LastName, e.FirstName, e.MiddleName, e.Position, e.Room, e.Phone, e.Email, departmentId,
                e.Competences, true, "Демонстрационные данные"))).Value!;

            if (e.Login is not null)
            {
                await accounts.CreateAccountAsync(
                    saved.Id, e.Login, e.Roles,
                    "Демонстрационные данные", DemoOrganisation.Password);
            }

            if (e.IsHead && departmentId is { } id)
            {
                await SetHeadAsync(id, saved.Id);
            }
        }

        await tokens.StoreAsync(
            "Демонстрационная интеграция", DemoToken, [.. ApiScopes.All.Keys], null);

        db.Agencies.AddRange(Features.Agencies.DemoAgencies.All.Select(a => new Features.Agencies.Agency
        {
            Name = a.Name,
            Address = a.Address,
            Phone = a.Phone,
            Handles = a.Handles,
        }));
        await db.SaveChangesAsync();

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await Features.Knowledge.DemoKnowledge.SeedAsync(db, departmentIds,
            DemoOrganisation.Departments.ToDictionary(d => d.Key, d => d.Name),
            Features.Knowledge.KnowledgeReviews.NextQuarter(await calendar.GetAsync(), today), time.GetUtcNow());
        await Features.Hotline.DemoHotline.SeedAsync(db, await calendar.GetAsync(), time.GetUtcNow());
        await SeedReceptionAsync(today);
    }

    // The minister receives on Tuesday mornings, the head of rehabilitation on weekday afternoons.
    private async Task SeedReceptionAsync(DateOnly today)
    {
        var schedules = new[]
        {
            ("orlova@minsoc26.ru", new[] { DayOfWeek.Tuesday }, new TimeOnly(10, 0), new TimeOnly(12, 0), 20, "601"),
            ("sokolova@minsoc26.ru", new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday },
                new TimeOnly(14, 0), new TimeOnly(17, 0), 30, "512"),
        };
        foreach (var (email, days, start, end, minutes, room) in schedules)
        {
            var host = await db.Employees.AsNoTracking().FirstAsync(e => e.Email == email);
            await reception.LayOutAsync(host, new Features.Reception.SlotSeries(
                host.Id, today.AddDays(1), today.AddDays(28), days, start, end, minutes, room));
        }
    }

    private async Task SetHeadAsync(int departmentId, int employeeId)
    {
        var d = await db.Departments.AsNoTracking().FirstAsync(x => x.Id == departmentId);
        await organisation.SaveDepartmentAsync(departmentId, new DepartmentInput(
            d.Name, d.ShortName, d.Description, d.Phone, d.Email, d.Room, employeeId, d.IsActive,
            "Демонстрационные данные"));
    }

    private async Task SeedBootstrapAdministratorAsync()
    {
        var login = configuration["Otklik:Bootstrap:AdminLogin"] ?? "admin";
        var password = configuration["Otklik:Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "The database has no staff accounts. Set Otklik:Bootstrap:AdminPassword " +
                "(environment variable Otklik__Bootstrap__AdminPassword) to create the first administrator.");
        }

        var employee = await organisation.SaveEmployeeAsync(null, new EmployeeInput(
            "Администратор", "Системный", null, "Администратор Отклика",
            null, null, null, null, [], true, "Первый запуск"));
        var account = await accounts.CreateAccountAsync(
            employee.Value!.Id, login, [StaffRoles.Administrator], "Первый запуск", password);
        if (!account.IsSuccess)
        {
            throw new InvalidOperationException(
                $"The bootstrap administrator was not created: {account.Error!.Message}");
        }

        // The configured password is one-time: it must be replaced at the first sign-in.
        var user = await users.FindByNameAsync(login);
        user!.MustChangePassword = true;
        await users.UpdateAsync(user);
        Log.BootstrapAdministratorCreated(logger);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Demo organisation seeded")]
        public static partial void DemoSeeded(ILogger logger);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
            Message = "Bootstrap administrator created; the one-time password must be changed at first sign-in")]
        public static partial void BootstrapAdministratorCreated(ILogger logger);
    }
}
