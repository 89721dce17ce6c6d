using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed partial class AppealsTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Register_WithIdempotencyKey_CreatesOnce_AndRetryReturnsSameAppeal()
    {
        var key = Guid.NewGuid().ToString();
        var body = Request("Сидорова Анна Петровна", $"{key[..8]}@example.ru");

        var first = await Api(key).PostAsJsonAsync("/api/v1/appeals", body);
        var retry = await Api(key).PostAsJsonAsync("/api/v1/appeals", body);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await retry.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await factory.WithDbAsync(
            db => db.Appeals.CountAsync(x => x.IdempotencyKey!.EndsWith(":" + key)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(a.GetProperty("registrationNumber").GetString(), b.GetProperty("registrationNumber").GetString());
        Assert.Matches(@"^\d{4}-\d{6}$", a.GetProperty("registrationNumber").GetString());
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task Register_ManyAtOnce_GivesDistinctNumbers_AndSameKeyAtOnceGivesOneAppeal()
    {
        var distinct = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            var response = await Api(Guid.NewGuid().ToString()).PostAsJsonAsync("/api/v1/appeals",
                Request($"Заявитель {i}", $"many{i}{Guid.NewGuid():N}"[..20] + "@example.ru"));
            return (await response.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("registrationNumber").GetString();
        }));
        var key = Guid.NewGuid().ToString();
        var same = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
            (await Api(key).PostAsJsonAsync("/api/v1/appeals",
                Request("Один Заявитель", "one@example.ru"))).StatusCode));

        Assert.Equal(12, distinct.Distinct().Count());
        Assert.Equal(1, same.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(1, await factory.WithDbAsync(
            db => db.Appeals.CountAsync(x => x.IdempotencyKey!.EndsWith(":" + key))));
    }

    [Fact]
    public async Task Register_NoContactForAnswer_Returns400NamingTheField()
    {
        var response = await Api(Guid.NewGuid().ToString()).PostAsJsonAsync("/api/v1/appeals",
            new { name = "Иванов", text = "Прошу помочь", notifyBy = new[] { "email" } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("appeal.invalid", problem.GetProperty("errorCode").GetString());
        Assert.Contains("почтовый адрес",
            problem.GetProperty("errors").GetProperty("Email")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutIdempotencyKey_Returns400()
    {
        var client = Api(null);

        var response = await client.PostAsJsonAsync("/api/v1/appeals", Request("Иванов", "ivanov@example.ru"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Status_ByNumber_ShowsHistoryInPlainWords()
    {
        var created = await (await Api(Guid.NewGuid().ToString())
                .PostAsJsonAsync("/api/v1/appeals", Request("Петров", "petrov@example.ru")))
            .Content.ReadFromJsonAsync<JsonElement>();

        var status = await Api(null).GetFromJsonAsync<JsonElement>(
            $"/api/v1/appeals/{created.GetProperty("registrationNumber").GetString()}");

        Assert.Equal("Зарегистрировано", status.GetProperty("statusText").GetString());
        Assert.Single(status.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task PortalForm_Citizen_GetsNumberAndCode_AndAppealIsStoredWithCues()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";

        var response = await client.PostFormAsync("/appeal",
        [
            new("ClientKind", "Person"), new("Name", "Кузьмина Ольга"), new("Email", email),
            new("Text", "Срочно! Отключили отопление, " +
                "дома ребёнок-инвалид. Вы там все идиоты?"),
            new("NotifyBy", "email"),
        ]);
        var page = FormClient.Decode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        var number = NumberPattern().Match(page).Groups[1].Value;
        var appeal = await factory.WithDbAsync(
            db => db.Appeals.Include(a => a.Client).SingleAsync(a => a.RegistrationNumber == number));

        Assert.Equal("/appeal/registered", response.Headers.Location!.OriginalString);
        Assert.Equal(email, appeal.Client!.Email);
        Assert.True(appeal.AbuseSuspected);
        Assert.Contains("отключение отопления, газа, света или воды",
            appeal.UrgencyReasons);
        Assert.Contains(appeal.TrackingCode, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalForm_HoneypotFilled_RegistersNothing()
    {
        var client = factory.CreateBrowserLikeClient();
        var before = await factory.WithDbAsync(db => db.Appeals.CountAsync());

        var response = await client.PostFormAsync("/appeal",
            [
                new("Name", "Робот"), new("Email", "bot@example.ru"), new("Text", "Купите"),
                new("NotifyBy", "email"), new("Website", "http://spam"),
            ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Appeals.CountAsync()));
    }

    [Fact]
    public async Task Card_OwnDepartmentSeesIt_OtherDepartmentGets404_OperatorSeesStatusOnly()
    {
        var created = await (await Api(Guid.NewGuid().ToString())
                .PostAsJsonAsync("/api/v1/appeals", Request("Орлов", "orlov@example.ru")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var own = await (await SignedInAsync("executor-appeals")).GetAsync($"/appeals/{id}");
        var other = await (await SignedInAsync("executor-rehab")).GetAsync($"/appeals/{id}");
        var operatorClient = await SignedInAsync("operator1");
        var operatorCard = await operatorClient.GetAsync($"/appeals/{id}");
        var operatorList = FormClient.Decode(await operatorClient.GetStringAsync("/appeals"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, operatorCard.StatusCode);
        Assert.Contains(created.GetProperty("registrationNumber").GetString()!, operatorList, StringComparison.Ordinal);
        Assert.DoesNotContain($"/appeals/{id}\"", operatorList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SameEmailTwice_MatchesOneClient()
    {
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";

        await Api(Guid.NewGuid().ToString()).PostAsJsonAsync("/api/v1/appeals", Request("Белов", email));
        await Api(Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", Request("Белов И.", email.ToUpperInvariant()));

        Assert.Equal(1, await factory.WithDbAsync(db => db.Clients.CountAsync(c => c.Email == email)));
    }

    private static object Request(string name, string email) =>
        new
        {
            kind = "Complaint",
            name,
            email,
            text = "Прошу разобраться с задержкой выплаты.",
            notifyBy = new[] { "email" },
        };

    private HttpClient Api(string? idempotencyKey) => factory.CreateApiClient(StartupSeeder.DemoToken, idempotencyKey);

    private async Task<HttpClient> SignedInAsync(string login)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync(login);
        return client;
    }

    [GeneratedRegex("data-testid=\"registration-number\">([^<]+)<")]
    private static partial Regex NumberPattern();
}
