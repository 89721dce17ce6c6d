using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Otklik.Web.Infrastructure.Errors;

// Form values that cannot be read (a date typed by hand, a number with letters) are reported in Russian.
public static class RussianBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Значение «{value}» указано неверно.");
        messages.SetValueIsInvalidAccessor(value => $"Значение «{value}» указано неверно.");
        messages.SetValueMustBeANumberAccessor(_ => "Нужно число.");
        messages.SetValueMustNotBeNullAccessor(_ => "Поле нужно заполнить.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Поле нужно заполнить.");
        messages.SetMissingKeyOrValueAccessor(() => "Поле нужно заполнить.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Нет данных формы.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» указано неверно.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение указано неверно.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Значение указано неверно.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Нужно число.");
    }
}
