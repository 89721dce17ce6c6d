using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

// The steps appeal tests take: register through the API, act on the card as a signed-in member of staff.
public sealed class AppealSteps(OtklikFactory factory)
{
    public async Task<int> NewAppealAsync(string text, string[]? notifyBy = null, string? email = null)
    {
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", new
            {
                kind = "Letter",
                name = "Заявитель Тестовый",
                email = email ?? $"{Guid.NewGuid():N}"[..12] + "@example.ru",
                text,
                notifyBy = notifyBy ?? ["email"],
            });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public async Task<HttpResponseMessage> ActAsync(
        HttpClient client, int id, AppealAction action, params (string Name, string Value)[] fields)
    {
        var revision = (await LoadAsync(id)).Revision;
        return await client.PostFormAsync($"/appeals/{id}?act={action}",
            [
                new("Action", action.ToString()), new("Revision", Str(revision)),
                .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            ],
            $"/appeals/{id}");
    }

    public async Task ActOrFailAsync(
        HttpClient client, int id, AppealAction action, params (string Name, string Value)[] fields)
    {
        var response = await ActAsync(client, id, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{action}: {(int)response.StatusCode} {FormClient.Decode(await response.Content.ReadAsStringAsync())}");
    }

    public Task<Appeal> LoadAsync(int id) => factory.WithDbAsync(db => db.Appeals.AsNoTracking()
        .Include(a => a.Events).Include(a => a.CoExecutors).FirstAsync(a => a.Id == id));

    public Task<int> EmployeeIdAsync(string login) => factory.WithDbAsync(db => db.Employees
        .Where(e => e.UserId == db.Users.Where(u => u.UserName == login).Select(u => u.Id).First())
        .Select(e => e.Id).FirstAsync());

    public async Task<HttpClient> SignedInAsync(string login)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync(login);
        return client;
    }

    public static Otklik.Calendar.ProductionCalendar Calendar() => Otklik.Calendar.ProductionCalendar.Shipped;

    public static DateOnly UrgentCap(DateOnly registered) => Calendar().AddWorkingDays(registered, 5);

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today() => TimeZones.Today(TimeProvider.System, "Europe/Moscow");
}
