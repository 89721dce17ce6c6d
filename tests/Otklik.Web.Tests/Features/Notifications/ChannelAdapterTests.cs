using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Infrastructure.Seeding;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Notifications;

[Trait("Category", "Integration")]
public sealed class ChannelAdapterTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Sms_GoesToTheGateway_AcceptedIsSent_RefusedIsFailed_DownIsRetried()
    {
        await using var gateway = await SmsGatewayServer.StartAsync();
        var accepted = await NewAppealAsync(["sms"], "8 (918) 123-45-67");
        var badPhone = await NewAppealAsync(["sms"], "+44 20 7946 0958");

        var first = await DispatchSmsAsync(gateway.Url);
        gateway.Answer = StatusCodes.Status503ServiceUnavailable;
        var down = await NewAppealAsync(["sms"], "+7 918 765-43-21");
        await DispatchSmsAsync(gateway.Url);
        gateway.Answer = StatusCodes.Status400BadRequest;
        var refused = await NewAppealAsync(["sms"], "+7 918 111-22-33");
        await DispatchSmsAsync(gateway.Url);

        Assert.Equal(1, first);
        var request = Assert.Single(gateway.Received, r => r.GetProperty("to").GetString() == "+79181234567");
        Assert.Contains("Здравствуйте", request.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer test-key", gateway.Authorization);
        Assert.Equal(NoticeState.Sent, (await SmsNoticeAsync(accepted)).State);
        Assert.Contains("указан неверно", (await SmsNoticeAsync(badPhone)).LastError, StringComparison.Ordinal);
        var retried = await SmsNoticeAsync(down);
        Assert.Equal((NoticeState.Pending, 1), (retried.State, retried.Attempts));
        Assert.NotNull(retried.NextAttemptAt);
        Assert.Equal(NoticeState.Failed, (await SmsNoticeAsync(refused)).State);
    }

    [Fact]
    public async Task Gosuslugi_ConnectorClaimsOnce_AndReportsDelivery()
    {
        var id = await NewAppealAsync(["epgu"], null);
        var connector = factory.CreateApiClient(StartupSeeder.DemoToken);

        var first = await (await connector.PostAsync("/api/v1/outbox/epgu/claim?limit=200", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await connector.PostAsync("/api/v1/outbox/epgu/claim?limit=200", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        var number = (await _steps.LoadAsync(id)).RegistrationNumber;
        var mine = first.EnumerateArray().Single(n => n.GetProperty("appealNumber").GetString() == number);
        var noticeId = mine.GetProperty("id").GetInt64();
        var delivered = await connector.PostAsJsonAsync(
            $"/api/v1/outbox/epgu/{noticeId}/result", new { delivered = true });
        var again = await connector.PostAsJsonAsync($"/api/v1/outbox/epgu/{noticeId}/result", new { delivered = true });
        var unknown = await connector.PostAsJsonAsync("/api/v1/outbox/epgu/999999/result", new { delivered = true });
        var staff = await (await _steps.SignedInAsync("operator1")).PostAsync("/api/v1/outbox/epgu/claim", null);

        Assert.Equal(0, second.GetArrayLength());
        Assert.Equal("Заявитель Тестовый", mine.GetProperty("recipient").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, delivered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(NoticeState.Sent, (await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .FirstAsync(n => n.Id == noticeId))).State);
    }

    [Fact]
    public async Task PhoneNotices_AreCallTasksForOperators_RetriedWhenNobodyAnswers()
    {
        var reached = await NewAppealAsync(["phone"], "+7 918 222-33-44");
        var missed = await NewAppealAsync(["phone"], "+7 918 555-66-77");
        var operatorClient = await _steps.SignedInAsync("operator1");

        var reachedId = await PhoneNoticeIdAsync(reached);
        var missedId = await PhoneNoticeIdAsync(missed);
        await TakeAsync(operatorClient, reachedId);
        await TakeAsync(operatorClient, missedId);
        var other = await _steps.SignedInAsync("operator2");
        var secondTake = await TakeAsync(other, reachedId);
        var takenMessage = FormClient.Decode(await (await other.GetAsync(secondTake.Headers.Location!.OriginalString))
            .Content.ReadAsStringAsync());
        var otherReport = await other.PostFormAsync("/notifications/calls",
            [new("id", $"{reachedId}"), new("reached", "true")]);
        var queue = FormClient.Decode(await operatorClient.GetStringAsync("/notifications/calls"));
        await operatorClient.PostFormAsync("/notifications/calls", [new("id", $"{reachedId}"), new("reached", "true")]);
        await operatorClient.PostFormAsync("/notifications/calls", [new("id", $"{missedId}"), new("reached", "false")]);
        var after = FormClient.Decode(await operatorClient.GetStringAsync("/notifications/calls"));
        var executor = FormClient.Decode(await (await _steps.SignedInAsync("executor-family"))
            .GetStringAsync("/notifications/calls"));

        var phone = await factory.WithDbAsync(db => db.Appeals.Where(a => a.Id == reached)
            .Select(a => a.Client!.Phone).FirstAsync());
        Assert.Contains("2223344", phone, StringComparison.Ordinal);
        Assert.Contains(phone!, queue, StringComparison.Ordinal);
        Assert.Contains("Здравствуйте", queue, StringComparison.Ordinal);
        Assert.DoesNotContain(phone!, after, StringComparison.Ordinal);
        Assert.DoesNotContain("5556677", after, StringComparison.Ordinal);
        Assert.Equal(NoticeState.Sent, (await NoticeAsync(reachedId)).State);
        var missedNotice = await NoticeAsync(missedId);
        Assert.Equal((NoticeState.Pending, 1), (missedNotice.State, missedNotice.Attempts));
        Assert.Contains("ведут операторы", executor, StringComparison.Ordinal);
        Assert.Contains("уже взял другой оператор", takenMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherReport.StatusCode);
    }

    private static Task<HttpResponseMessage> TakeAsync(HttpClient client, long id) =>
        client.PostFormAsync("/notifications/calls", [new("id", $"{id}")], "/notifications/calls?handler=Take");

    private async Task<int> NewAppealAsync(string[] channels, string? phone)
    {
        var response = await factory.CreateApiClient(StartupSeeder.DemoToken, Guid.NewGuid().ToString())
            .PostAsJsonAsync("/api/v1/appeals", new
            {
                kind = "Letter",
                name = "Заявитель Тестовый",
                email = $"{Guid.NewGuid():N}"[..12] + "@example.ru",
                phone,
                text = "Прошу разъяснить порядок выплаты.",
                notifyBy = channels,
            });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<int> DispatchSmsAsync(string url)
    {
        using var configured = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Otklik:Sms:Url", url);
            b.UseSetting("Otklik:Sms:ApiKey", "test-key");
            b.UseSetting("Otklik:Sms:DispatchIntervalSeconds", "0");
        });
        await using var scope = configured.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SmsDispatcher>().DispatchOnceAsync();
    }

    private Task<AppealNotice> SmsNoticeAsync(int appealId) => factory.WithDbAsync(db => db.AppealNotices
        .AsNoTracking().FirstAsync(n => n.AppealId == appealId && n.Channel == "sms"));

    private Task<long> PhoneNoticeIdAsync(int appealId) => factory.WithDbAsync(db => db.AppealNotices
        .Where(n => n.AppealId == appealId && n.Channel == "phone").Select(n => n.Id).FirstAsync());

    private Task<AppealNotice> NoticeAsync(long id) =>
        factory.WithDbAsync(db => db.AppealNotices.AsNoTracking().FirstAsync(n => n.Id == id));
}

// A real HTTP server standing in for the operator's SMS gateway: it records what it receives and answers
// with the status the test sets.
internal sealed class SmsGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SmsGatewayServer(WebApplication app) => _app = app;

    public List<JsonElement> Received { get; } = [];

    public int Answer { get; set; } = StatusCodes.Status202Accepted;

    public string? Authorization { get; private set; }

    public string Url => _app.Urls.First() + "/sms";

    public static async Task<SmsGatewayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new SmsGatewayServer(app);
        app.MapPost("/sms", async (HttpContext context) =>
        {
            server.Authorization = context.Request.Headers.Authorization;
            server.Received.Add(await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body));
            return Results.StatusCode(server.Answer);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
