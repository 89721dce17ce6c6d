using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed partial class TrackingTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Citizen_WithNumberCodeAndTheSentCode_SeesTheStatusInPlainWords()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        var appeal = await _steps.LoadAsync(id);
        var head = await _steps.SignedInAsync("head-appeals");
        await _steps.ActOrFailAsync(head, id, Otklik.Web.Features.Appeals.AppealAction.Triage,
            ("ExecutorId", AppealSteps.Str(await _steps.EmployeeIdAsync("executor-appeals"))), ("Reason", "Тайна"));
        var citizen = factory.CreateBrowserLikeClient();

        var (notice, verified) = await VerifyAsync(citizen, appeal.Id, appeal.RegistrationNumber,
            appeal.TrackingCode.ToLowerInvariant());
        var status = FormClient.Decode(await citizen.GetStringAsync("/track/status"));

        Assert.Equal("email", notice.Channel);
        Assert.Equal("/track/status", verified.Headers.Location!.OriginalString);
        Assert.Contains("назначен исполнитель и срок ответа", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Тайна", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalInbox_ShowsNoticesForThePortal_AndMarksThemDelivered()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.", ["portal", "email"]);
        var appeal = await _steps.LoadAsync(id);
        var citizen = factory.CreateBrowserLikeClient();

        await VerifyAsync(citizen, appeal.Id, appeal.RegistrationNumber, appeal.TrackingCode);
        var status = FormClient.Decode(await citizen.GetStringAsync("/track/status"));
        var portal = await factory.WithDbAsync(db => db.AppealNotices.AsNoTracking()
            .FirstAsync(n => n.AppealId == id && n.Channel == "portal"));

        Assert.Contains("data-testid=\"inbox\"", status, StringComparison.Ordinal);
        Assert.Contains(portal.Subject, status, StringComparison.Ordinal);
        Assert.Equal(Otklik.Web.Features.Appeals.NoticeState.Sent, portal.State);
    }

    [Fact]
    public async Task Citizen_AfterVerification_SeesHisOtherAppealsOfFiveYears()
    {
        var email = $"{Guid.NewGuid():N}"[..12] + "@example.ru";
        var earlier = await _steps.LoadAsync(await _steps.NewAppealAsync("Первое обращение.", email: email));
        var appeal = await _steps.LoadAsync(await _steps.NewAppealAsync("Второе обращение.", email: email));
        var citizen = factory.CreateBrowserLikeClient();

        await VerifyAsync(citizen, appeal.Id, appeal.RegistrationNumber, appeal.TrackingCode);
        var status = FormClient.Decode(await citizen.GetStringAsync("/track/status"));

        Assert.Contains($"№ {earlier.RegistrationNumber}", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongTrackingCode_AndWrongSentCode_AreRefusedWithoutShowingTheStatus()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        var appeal = await _steps.LoadAsync(id);
        var citizen = factory.CreateBrowserLikeClient();

        var wrongTracking = await citizen.PostFormAsync("/track",
            [new("Number", appeal.RegistrationNumber), new("Code", "WRONGCODE1")]);
        var start = await citizen.PostFormAsync("/track",
            [new("Number", appeal.RegistrationNumber), new("Code", appeal.TrackingCode)]);
        var verifyUrl = start.Headers.Location!.OriginalString;
        var wrongCode = await citizen.PostFormAsync(verifyUrl,
            [new("c", verifyUrl[(verifyUrl.IndexOf('=') + 1)..]), new("Code", "000000x")]);
        var status = await citizen.GetAsync("/track/status");

        Assert.Equal(HttpStatusCode.BadRequest, wrongTracking.StatusCode);
        Assert.Contains("Проверьте номер и код", FormClient.Decode(await wrongTracking.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal("/track", status.Headers.Location!.OriginalString);
    }

    // Number and tracking code, then the one-time code as it was put into the outbox.
    private async Task<(Otklik.Web.Features.Appeals.AppealNotice Notice, HttpResponseMessage Verified)> VerifyAsync(
        HttpClient citizen, int appealId, string number, string trackingCode)
    {
        var start = await citizen.PostFormAsync("/track", [new("Number", number), new("Code", trackingCode)]);
        var verifyUrl = start.Headers.Location!.OriginalString;
        var notice = await factory.WithDbAsync(db => db.AppealNotices
            .Where(n => n.AppealId == appealId && n.Kind == "verification").SingleAsync());
        var verified = await citizen.PostFormAsync(verifyUrl, [new("c", verifyUrl[(verifyUrl.IndexOf('=') + 1)..]),
            new("Code", SentCode().Match(notice.Body).Groups[1].Value)]);
        return (notice, verified);
    }

    [GeneratedRegex(@"№ \S+: (\d{6})\.")]
    private static partial Regex SentCode();
}
