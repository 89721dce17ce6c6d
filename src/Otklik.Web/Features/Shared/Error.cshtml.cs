using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Shared;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Что-то пошло не так";

    public string Advice { get; private set; } = "Мы уже знаем об ошибке. " +
        "Попробуйте повторить действие через несколько минут.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        if (status == StatusCodes.Status404NotFound)
        {
            Title = "Страница не найдена";
            Advice = "Проверьте адрес страницы или перейдите на главную.";
        }
        else if (status == StatusCodes.Status403Forbidden)
        {
            Title = "Недостаточно прав";
            Advice = "Эта страница доступна другим ролям. " +
                "Обратитесь к администратору, " +
                "если доступ нужен для работы.";
        }
    }
}
