import { request } from "./client";
import type { components } from "./generated/schema";

export type Expense = components["schemas"]["Expense"];
export type NewExpense = components["schemas"]["NewExpense"];

export function listExpenses(groupId: string): Promise<Expense[]> {
  return request<Expense[]>(`/api/groups/${encodeURIComponent(groupId)}/expenses`);
}

export function createExpense(groupId: string, expense: NewExpense): Promise<Expense> {
  return request<Expense>(`/api/groups/${encodeURIComponent(groupId)}/expenses`, {
    method: "POST",
    body: JSON.stringify(expense),
  });
}
