using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class AnswerJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExecutorAnswersFromATemplate_AndTheCitizenRatesItFromTheDeliveredEmail()
    {
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";
        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/appeal");
        await citizen.GetByLabel("Фамилия, имя, отчество или название организации").FillAsync("Лаптева Ольга Юрьевна");
        await citizen.GetByRole(AriaRole.Textbox, new() { Name = "Электронная почта" }).FillAsync(email);
        await citizen.GetByLabel("Текст обращения").FillAsync("Как оформить удостоверение многодетной семьи?");
        await citizen.GetByRole(AriaRole.Checkbox, new() { Name = "Электронная почта" }).CheckAsync();
        await citizen.GetByTestId("submit-appeal").ClickAsync();
        var number = (await citizen.GetByTestId("registration-number").InnerTextAsync()).Trim();

        var head = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(head, "head-appeals");
        await head.GotoAsync("/appeals/triage");
        await head.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await head.GetByLabel("Исполнитель")
            .SelectOptionAsync(new SelectOptionValue { Label = "Миронов Сергей Владимирович" });
        await head.GetByRole(AriaRole.Button, new() { Name = "Рассмотреть срочность и назначить исполнителя" })
            .ClickAsync();

        var executor = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(executor, "executor-appeals");
        await executor.GotoAsync("/appeals/mine");
        await executor.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await executor.GetByRole(AriaRole.Link, new() { Name = "Принять в работу" }).ClickAsync();
        await executor.GetByRole(AriaRole.Button, new() { Name = "Принять в работу" }).ClickAsync();
        await executor.GetByRole(AriaRole.Link, new() { Name = "Написать и отправить ответ" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(executor);
        await executor.GetByLabel("Найти в базе знаний").FillAsync("удостоверение многодетной семьи");
        await executor.GetByRole(AriaRole.Button, new() { Name = "Найти", Exact = true }).ClickAsync();
        await executor.GetByTestId("answer-search").GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "Ответ: как оформить удостоверение многодетной семьи" })
            .GetByRole(AriaRole.Button, new() { Name = "Вставить в ответ" }).ClickAsync();
        var answer = executor.GetByLabel("Текст ответа");
        await Assertions.Expect(answer).ToHaveValueAsync(new Regex("Лаптева Ольга Юрьевна"));
        await Assertions.Expect(answer).ToHaveValueAsync(new Regex("управлении социальной защиты"));
        await answer.PressSequentiallyAsync(" Доводим до вашего сведения, что выплата осуществляется ежемесячно.");
        await Assertions.Expect(executor.GetByTestId("live-findings"))
            .ToContainTextAsync("доводим до вашего сведения", new() { IgnoreCase = true });
        await Assertions.Expect(executor.GetByTestId("live-reading-ease"))
            .ToContainTextAsync(new Regex(@"Лёгкость чтения: \d+ из 100"));
        await executor.GetByRole(AriaRole.Button, new() { Name = "Проверить язык" }).ClickAsync();
        await Assertions.Expect(executor.GetByTestId("answer-reading-ease")).ToContainTextAsync("Лёгкость чтения");
        await BrowserFixture.AssertAccessibleAsync(executor);
        await executor.GetByTestId("send-answer").ClickAsync();
        await Assertions.Expect(executor.GetByTestId("status")).ToHaveTextAsync("Дан ответ");

        var link = await SurveyLinkFromMailAsync(email);
        var reader = await fixture.NewPageAsync();
        await reader.GotoAsync(new Uri(link).PathAndQuery);
        await BrowserFixture.AssertAccessibleAsync(reader);
        await reader.GetByRole(AriaRole.Radio, new() { Name = "5" }).CheckAsync();
        await reader.GetByRole(AriaRole.Group, new() { Name = "Всё ли было понятно?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Да" }).CheckAsync();
        await reader.GetByLabel("Что нам сделать лучше?").FillAsync("Всё понятно, спасибо");
        await reader.GetByTestId("survey-submit").ClickAsync();
        await Assertions.Expect(reader.GetByTestId("survey-thanks")).ToBeVisibleAsync();

        await head.GotoAsync("/surveys");
        await Assertions.Expect(head.GetByTestId("survey-comments")).ToContainTextAsync("Всё понятно, спасибо");
        await BrowserFixture.AssertAccessibleAsync(head);
    }

    // The dispatcher delivers within a second or two; the message is read as the citizen's mail client would.
    private async Task<string> SurveyLinkFromMailAsync(string email)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var files = Directory.Exists(fixture.MailFolder)
                ? Directory.GetFiles(fixture.MailFolder, "*.eml")
                : [];
            foreach (var file in files)
            {
                using var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.ToString().Contains(email, StringComparison.Ordinal)
                    && SurveyLink().Match(message.TextBody ?? string.Empty) is { Success: true } match)
                {
                    return match.Value;
                }
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No answer with a survey link reached {email}");
    }

    [GeneratedRegex(@"https?://[^\s]+/survey/[A-Za-z0-9_\-]+")]
    private static partial Regex SurveyLink();
}
