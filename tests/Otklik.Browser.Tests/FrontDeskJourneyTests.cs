using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FrontDeskJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACitizenBooksReception_TheHostSeesHisNeeds_AndTheCitizenCancels()
    {
        var phone = $"+7 918 {Random.Shared.Next(100, 999)}-{Random.Shared.Next(10, 99)}-" +
            $"{Random.Shared.Next(10, 99)}";
        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/reception");
        await BrowserFixture.AssertAccessibleAsync(citizen);
        await citizen.Locator("section", new() { HasText = "Соколова Марина Геннадьевна" })
            .GetByRole(AriaRole.Link).First.ClickAsync();
        await citizen.GetByLabel("Фамилия, имя, отчество").FillAsync("Жукова Вера Андреевна");
        await citizen.GetByLabel("Телефон").FillAsync(phone);
        await citizen.GetByLabel("Ваш вопрос коротко").FillAsync("Как получить компенсацию за слуховой аппарат?");
        await citizen.GetByRole(AriaRole.Radio, new() { Name = "звонком" }).CheckAsync();
        await citizen.GetByRole(AriaRole.Checkbox, new() { Name = "за два часа" }).CheckAsync();
        await citizen.GetByLabel("Что нужно, чтобы вам было удобно").FillAsync("Нужна индукционная система");
        await BrowserFixture.AssertAccessibleAsync(citizen);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Записаться" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("booked")).ToContainTextAsync("кабинет 512");
        var code = (await citizen.GetByTestId("booking-code").InnerTextAsync()).Trim();
        await BrowserFixture.AssertAccessibleAsync(citizen);

        var host = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(host, "head-rehab");
        await host.GotoAsync("/reception/desk");
        var visit = host.GetByTestId("visits").GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "Жукова Вера Андреевна" });
        await Assertions.Expect(visit).ToContainTextAsync("Нужна индукционная система");
        await BrowserFixture.AssertAccessibleAsync(host);

        await citizen.GotoAsync("/reception/cancel");
        await citizen.GetByLabel("Код записи").FillAsync(code);
        await citizen.GetByLabel("Телефон").FillAsync(phone);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Отменить запись" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("cancelled")).ToBeVisibleAsync();
        await host.ReloadAsync();
        await Assertions.Expect(host.GetByText("Жукова Вера Андреевна")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnOperatorAnswersACallFromTheKnowledgeBase_AndItIsInTheLog()
    {
        var operatorPage = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(operatorPage, "operator2");
        await operatorPage.GotoAsync("/hotline");
        await operatorPage.GetByLabel("Номер звонящего").FillAsync("+7 918 640-12-34");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Открыть карточку звонка" }).ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("scripts")).ToContainTextAsync("Приветствие");
        var number = (await operatorPage.GetByTestId("call-number").InnerTextAsync()).Trim();
        await BrowserFixture.AssertAccessibleAsync(operatorPage);

        await operatorPage.GetByLabel("Тема звонка").SelectOptionAsync(new SelectOptionValue { Value = "support" });
        await operatorPage.GetByLabel("Потребность клиента").FillAsync("Как получить средства реабилитации?");
        await operatorPage.GetByLabel("Что ответили клиенту").FillAsync("Заявление подают в Социальный фонд.");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Сохранить карточку" }).ClickAsync();
        await operatorPage.GetByLabel("Вопрос клиента своими словами").FillAsync("технические средства реабилитации");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Найти", Exact = true }).ClickAsync();
        await operatorPage.GetByTestId("kb-results").GetByRole(AriaRole.Button).First.ClickAsync();
        var finish = operatorPage.GetByTestId("finish-form");
        await finish.GetByRole(AriaRole.Group, new() { Name = "«Получен ли ответ на ваш вопрос?»" })
            .GetByRole(AriaRole.Radio, new() { Name = "да" }).CheckAsync();
        await finish.GetByRole(AriaRole.Radio, new() { Name = "удовлетворён", Exact = true }).CheckAsync();
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Завершить звонок" }).ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("outcome")).ToHaveTextAsync("Ответ дан");

        await operatorPage.GotoAsync("/hotline/log");
        await Assertions.Expect(operatorPage.GetByTestId("call-log")).ToContainTextAsync(number);
        await Assertions.Expect(operatorPage.GetByTestId("call-log"))
            .ToContainTextAsync(new Regex("Как получить средства реабилитации"));
        await BrowserFixture.AssertAccessibleAsync(operatorPage);
    }
}
