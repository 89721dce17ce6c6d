using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Surveys;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Surveys;

[Trait("Category", "Integration")]
public sealed class SurveyResultsTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task ALowScore_ReachesTheHeadAtOnce_AndTheResultsShowIt_ByPeriodChannelAndMonth()
    {
        var family = await factory.WithDbAsync(db => db.Departments.Where(d => d.Name.Contains("семьи"))
            .Select(d => new { d.Id, d.HeadId }).FirstAsync());
        var month = DateTime.UtcNow.AddHours(3).ToString("MMM yyyy",
            System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        var comment = $"Ничего не поняла {Guid.NewGuid():N}"[..30];
        await AnswerAsync(family.Id, "sms", new SurveyAnswers(1, "no", "no", comment));
        await AnswerAsync(family.Id, "email", new SurveyAnswers(5, "yes", "yes", null));
        var head = await _steps.SignedInAsync("head-family");

        var told = await factory.WithDbAsync(db => db.StaffMessages.CountAsync(m => m.EmployeeId == family.HeadId
            && m.Topic == "низкая оценка в опросе" && m.Text.Contains("на 1 из 5")));
        var page = FormClient.Decode(await head.GetStringAsync("/surveys"));
        var smsOnly = FormClient.Decode(await head.GetStringAsync("/surveys?channel=sms"));
        var longAgo = FormClient.Decode(await head.GetStringAsync("/surveys?from=2001-01-01&to=2001-01-31"));

        Assert.Equal(1, told);
        Assert.Contains(comment, Section(page, "survey-low"), StringComparison.Ordinal);
        Assert.Contains("СМС", Section(page, "survey-channels"), StringComparison.Ordinal);
        Assert.Contains(month, Section(page, "survey-trend"), StringComparison.Ordinal);
        Assert.DoesNotContain("электронная почта", Section(smsOnly, "survey-channels"), StringComparison.Ordinal);
        Assert.Contains("За этот период приглашений и ответов нет.", longAgo, StringComparison.Ordinal);
        Assert.DoesNotContain(comment, longAgo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodScore_TellsNobody()
    {
        var rehab = await factory.WithDbAsync(db => db.Departments.Where(d => d.Name.Contains("реабилитации"))
            .Select(d => new { d.Id, d.HeadId }).FirstAsync());
        var before = await LowAlertsAsync(rehab.HeadId!.Value);

        await AnswerAsync(rehab.Id, "email", new SurveyAnswers(4, "yes", "partly", "Спасибо"));

        Assert.Equal(before, await LowAlertsAsync(rehab.HeadId!.Value));
    }

    private Task<int> LowAlertsAsync(int head) => factory.WithDbAsync(db =>
        db.StaffMessages.CountAsync(m => m.EmployeeId == head && m.Topic == "низкая оценка в опросе"));

    private async Task AnswerAsync(int department, string channel, SurveyAnswers answers)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
        var link = surveys.Create(Touchpoints.Reception, null, department, channel);
        await scope.ServiceProvider.GetRequiredService<Otklik.Web.Infrastructure.Data.OtklikDbContext>()
            .SaveChangesAsync();
        var result = await surveys.SubmitAsync(link.Url[(link.Url.LastIndexOf('/') + 1)..], answers);
        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    private static string Section(string page, string testId)
    {
        var start = page.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{testId} is on the page");
        return page[start..Math.Min(page.Length, page.IndexOf("</table>", start, StringComparison.Ordinal) is var end
            and > 0 ? end : page.IndexOf("</ul>", start, StringComparison.Ordinal))];
    }
}
