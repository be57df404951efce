"""Evaluation of khabar's layers against hand-annotated gold sets (dev data only)."""
